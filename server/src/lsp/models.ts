/**
 * One parsed, resolved and checked model per open document, built on
 * demand and kept until the document or the settings change. Every LSP
 * feature answers from here; none parses text itself.
 */
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { checkDocument, type CheckResult, type CheckSettings } from "../core/check";
import { reparseDocument } from "../core/incremental";
import { ConfigError, settingsFor, type Config } from "../core/config";
import { LineIndex } from "../core/text";
import { ConfigFiles } from "../workspace/config-files";
import { MAX_PLAN_BYTES } from "../workspace/limits";
import { checkSource, sourceKindOf, type SourceKind } from "../workspace/sources";
import { defaultSettings, type EditorSettings } from "./settings";

export interface PlanModel {
  uri: string;
  version: number;
  kind: SourceKind;
  text: string;
  lines: LineIndex;
  /** One result for a plan file; one per ```micic block in Markdown. */
  plans: CheckResult[];
  settings: CheckSettings;
  /**
   * What the drafter must know about the file as a whole: a configuration
   * that cannot be used, a file too large to check. Shown at its first line.
   */
  notices: string[];
}

export class PlanModels {
  private readonly cache = new Map<string, PlanModel>();
  private epoch = 0;
  private readonly modelEpoch = new Map<string, number>();
  readonly configFiles = new ConfigFiles();

  constructor(private readonly editorSettings: (uri: string) => EditorSettings | undefined) {}

  /** Settings or configuration files changed: every model is stale. */
  invalidateAll(): void {
    this.epoch++;
    this.configFiles.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.modelEpoch.delete(uri);
  }

  /** The model of a document, rebuilt only when its text or the settings changed. */
  get(document: TextDocument): PlanModel {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && this.modelEpoch.get(document.uri) === this.epoch) return cached;
    const model = this.build(document, cached);
    this.cache.set(document.uri, model);
    this.modelEpoch.set(document.uri, this.epoch);
    return model;
  }

  private build(document: TextDocument, previous: PlanModel | undefined): PlanModel {
    const text = document.getText();
    const kind = document.languageId === "markdown" ? "markdown" : document.languageId === "micic-plan" ? "plan" : sourceKindOf(document.uri);
    const { settings, problem } = this.settingsFor(document.uri);
    const notices = problem ? [`The configuration cannot be used, so the default settings apply: ${problem}`] : [];
    let plans: CheckResult[];
    if (text.length > MAX_PLAN_BYTES) {
      // Too large to be a plan: say so once instead of checking it.
      plans = [];
      notices.push(`This file is larger than the ${MAX_PLAN_BYTES / 1048576} MiB a plan may be, so it is not checked.`);
    } else if (kind === "plan" && previous?.kind === "plan" && previous.plans[0]) {
      // Typing changes one block at a time: reparse just that block.
      plans = [checkDocument(reparseDocument(previous.plans[0].document, text), settings)];
    } else {
      plans = checkSource(text, kind, settings);
    }
    return {
      uri: document.uri,
      version: document.version,
      kind,
      text,
      lines: plans[0]?.document.text === text ? plans[0].document.lines : new LineIndex(text),
      plans,
      settings,
      notices,
    };
  }

  /** The settings a document is checked with: its configuration file and the editor's rules. */
  settingsFor(uri: string): { settings: CheckSettings; problem?: string } {
    const editor = this.editorSettings(uri) ?? defaultSettings();
    let config: Config | undefined;
    let problem: string | undefined;
    try {
      if (editor.configFile) config = this.configFiles.load(editor.configFile);
      else if (uri.startsWith("file:")) config = this.configFiles.forFile(fileURLToPath(uri));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problem = error.message;
    }
    return { settings: settingsFor(config, { rules: editor.rules }), problem };
  }
}

/** The plan of a model that holds an offset (the only one for a plan file). */
export function planAt(model: PlanModel, offset: number): CheckResult | undefined {
  if (model.kind === "plan") return model.plans[0];
  return model.plans.find((p) => {
    const plan = p.document.plan;
    return plan && offset >= plan.span.start && offset <= plan.span.end;
  }) ?? model.plans.find((p) => p.document.members.some((m) => offset >= m.span.start && offset <= m.span.end));
}
