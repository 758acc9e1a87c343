/**
 * One model per open document, in two stages, each built on demand and
 * kept until the document (or, for the check, the settings) changes:
 *
 * - the parse of the current version: the documents and their resolution,
 *   which is all that hover, completion, navigation, symbols, folding and
 *   semantic tokens need. After typing, only the edited block is parsed
 *   again, from the regions the editor's changes covered.
 * - the check of that parse: the rules' findings, which diagnostics,
 *   fix-all and the report need. It costs more than the parse (all the
 *   rules over the whole plan), so a request that needs no finding never
 *   makes one.
 *
 * Every LSP feature answers from here; none parses text itself.
 */
import type { TextDocument } from "vscode-languageserver-textdocument";
import { checkDocuments, type CheckResult, type CheckSettings } from "../core/check";
import { ConfigError, settingsFor, type Config } from "../core/config";
import { micicRules } from "../workspace/micic-rules";
import type { PlanDocument } from "../core/document";
import { combineEdits, reparseDocument, type EditedRegion } from "../core/incremental";
import { resolve, type Resolution } from "../core/resolve";
import { LineIndex } from "../core/text";
import { ConfigFiles } from "../workspace/config-files";
import { MAX_PLAN_BYTES } from "../workspace/limits";
import { parseSource, sourceKindOf, withFileEdits, type SourceKind } from "../workspace/sources";
import { supportedLocale, type Locale } from "../messages/locales";
import { defaultSettings, type EditorSettings } from "./settings";
import { filePathOf } from "./uris";

/** A plan as parsed and resolved. */
export interface ParsedPlan {
  document: PlanDocument;
  resolution: Resolution;
}

/** The parse of one version of an open document. */
export interface PlanModel {
  uri: string;
  version: number;
  kind: SourceKind;
  text: string;
  lines: LineIndex;
  /** One plan for a plan file; one per ```micic block in Markdown. */
  plans: ParsedPlan[];
  /** What the drafter must know about the file as a whole (a file too large to check), shown at its first line. */
  notices: string[];
}

/** The check of one parse: the findings of each of its plans. */
export interface PlanCheck {
  version: number;
  /** In the order of the parse's plans, on the same documents. */
  plans: CheckResult[];
  settings: CheckSettings;
  /** A configuration that cannot be used, shown at the file's first line. */
  notices: string[];
}

/** What is kept of one open document. */
interface DocumentState {
  parse?: PlanModel;
  /** What the editor's changes covered since `parse` was made. */
  edited?: EditedRegion;
  /** The check of `parse`, made with the editor's settings `checkedWith` and the configuration files of `checkEpoch`. */
  check?: PlanCheck;
  checkedWith?: EditorSettings;
  checkEpoch?: number;
}

export class PlanModels {
  private readonly open = new Map<string, DocumentState>();
  /** Bumped when the configuration may have changed: every check made before is stale. */
  private epoch = 0;
  readonly configFiles = new ConfigFiles();
  /** The editor's display language (initialize's `locale`): the findings' language unless `micic.locale` says otherwise. */
  displayLocale = "en";

  constructor(private readonly editorSettings: (uri: string) => EditorSettings | undefined) {}

  /** The configuration may have changed (a configuration file, the settings): every check is stale, the parses are not. */
  invalidateAll(): void {
    this.epoch++;
    this.configFiles.clear();
  }

  forget(uri: string): void {
    this.open.delete(uri);
  }

  /** The editor changed the document: `region` of its text, as it was before this change. */
  edited(uri: string, region: EditedRegion): void {
    const entry = this.open.get(uri);
    // Without a parse there is nothing to reparse from: the next parse reads the whole text.
    if (!entry?.parse) return;
    entry.edited = entry.edited ? combineEdits(entry.edited, region) : region;
  }

  /** The parse of the document's current version. */
  parsed(document: TextDocument): PlanModel {
    let entry = this.open.get(document.uri);
    if (!entry) this.open.set(document.uri, (entry = {}));
    if (entry.parse?.version === document.version) return entry.parse;
    const { parse: previous, edited } = entry;
    // Spent whatever happens next: a reparse moves the nodes the old parse
    // (and the check made of it) share with the new one.
    entry.parse = entry.edited = entry.check = undefined;
    entry.parse = this.parse(document, previous, edited);
    return entry.parse;
  }

  /** The check of the document's current version, made now if it has not been. */
  checked(document: TextDocument): PlanCheck {
    const model = this.parsed(document);
    const entry = this.open.get(document.uri)!;
    const known = this.checkedAlready(document);
    if (known) return known;
    const { settings, problem } = this.settingsFor(document.uri);
    entry.check = {
      version: model.version,
      // One limit of findings for the whole file, and the resolutions the parse made.
      // Fixes of a plan in a Markdown block quote or list item are edits of
      // the file as it is: each line they write starts with the block's "> ".
      plans: withFileEdits(
        checkDocuments(
          model.plans.map((plan) => plan.document),
          settings,
          model.plans.map((plan) => plan.resolution),
        ),
      ),
      settings,
      notices: problem ? [`The configuration cannot be used, so the default settings apply: ${problem}`] : [],
    };
    entry.checkedWith = this.editorSettings(document.uri);
    entry.checkEpoch = this.epoch;
    return entry.check;
  }

  /**
   * The check of the document's current version if one has been made with
   * the settings as they are; never makes one. (The editor's settings of a
   * document are replaced, not changed, when they are read again, so a check
   * made before they arrived is not taken for one made with them.)
   */
  checkedAlready(document: TextDocument): PlanCheck | undefined {
    const entry = this.open.get(document.uri);
    if (!entry?.check || entry.parse?.version !== document.version) return undefined;
    if (entry.checkEpoch !== this.epoch || entry.checkedWith !== this.editorSettings(document.uri)) return undefined;
    return entry.check;
  }

  private parse(document: TextDocument, previous: PlanModel | undefined, edited: EditedRegion | undefined): PlanModel {
    const text = document.getText();
    const kind = document.languageId === "markdown" ? "markdown" : document.languageId === "micic-plan" ? "plan" : sourceKindOf(document.uri);
    const notices: string[] = [];
    let plans: ParsedPlan[];
    if (text.length > MAX_PLAN_BYTES) {
      // Too large to be a plan: say so once instead of checking it.
      plans = [];
      notices.push(`This file is larger than the ${MAX_PLAN_BYTES / 1048576} MiB a plan may be, so it is not checked.`);
    } else {
      const before = kind === "plan" && previous?.kind === "plan" ? previous.plans[0]?.document : undefined;
      // Typing changes one block at a time: reparse just that block.
      plans = (before && edited ? [reparseDocument(before, text, edited)] : parseSource(text, kind)).map(resolved);
    }
    return {
      uri: document.uri,
      version: document.version,
      kind,
      text,
      lines: plans[0]?.document.text === text ? plans[0].document.lines : new LineIndex(text),
      plans,
      notices,
    };
  }

  /** The language the server speaks about a document: `micic.locale`, else the editor's display language. */
  localeFor(uri: string): Locale {
    return supportedLocale((this.editorSettings(uri) ?? defaultSettings()).locale || this.displayLocale) ?? "en";
  }

  /** The settings a document is checked with: its configuration file and the editor's rules. */
  settingsFor(uri: string): { settings: CheckSettings; problem?: string } {
    const editor = this.editorSettings(uri) ?? defaultSettings();
    let config: Config | undefined;
    let problem: string | undefined;
    try {
      const file = filePathOf(uri);
      if (editor.configFile) config = this.configFiles.load(editor.configFile);
      else if (file !== undefined) config = this.configFiles.forFile(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problem = error.message;
    }
    const locale = editor.locale || this.displayLocale;
    return { settings: { ...settingsFor(micicRules, config, { rules: editor.rules }), locale }, problem };
  }
}

function resolved(document: PlanDocument): ParsedPlan {
  return { document, resolution: resolve(document.plan) };
}

/** The plan of a model that holds an offset (the only one for a plan file). */
export function planAt(model: PlanModel, offset: number): ParsedPlan | undefined {
  if (model.kind === "plan") return model.plans[0];
  return model.plans.find((p) => {
    const plan = p.document.plan;
    return plan && offset >= plan.span.start && offset <= plan.span.end;
  }) ?? model.plans.find((p) => p.document.members.some((m) => offset >= m.span.start && offset <= m.span.end));
}
