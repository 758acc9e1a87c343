/**
 * The checking engine: parse → resolve → run every rule → findings, each
 * with its range, severity and fixes. Every adapter (server, CLI, report)
 * calls this and nothing below it, so all show the same findings.
 *
 * Every output is bounded: each finding's message and related locations are
 * cut to MAX_MESSAGE_LENGTH and MAX_RELATED, and a file keeps at most
 * `maxFindings` findings, the most severe first, with one last finding that
 * counts the rest (FINDINGS_LIMIT). Findings are sorted into that bound as
 * the rules report them, so a plan with millions of findings never holds
 * more than a few thousand in memory.
 */
import { allRules } from "../rules/index";
import { parseDocument, type PlanDocument } from "./document";
import {
  compareFindings,
  DEFAULT_MAX_FINDINGS,
  FINDINGS_LIMIT,
  MAX_MESSAGE_LENGTH,
  MAX_RELATED,
  type Finding,
  type Report,
  type Severity,
} from "./finding";
import { resolve, type Resolution } from "./resolve";
import { defaultCheckOptions, type CheckOptions, type Rule, type RuleContext } from "./rule";
import { parseDirectives, Suppressions, type Directive } from "./suppression";
import type { Span } from "./text";

export type RuleSetting = Severity | "off";

export interface CheckSettings extends Partial<CheckOptions> {
  /** The rules to run; all by default. */
  rules?: readonly Rule[];
  /** Severity per rule code, overriding the rule's default. */
  severities?: ReadonlyMap<string, RuleSetting>;
  /** Whether `# micic-disable` comments count (`--no-inline-config` says no). */
  inlineConfig?: boolean;
  /** At most this many findings are kept (DEFAULT_MAX_FINDINGS when absent). */
  maxFindings?: number;
}

/** How many findings of each severity were left out by the limit. */
export type SeverityCounts = Record<Severity, number>;

export interface CheckResult {
  document: PlanDocument;
  resolution: Resolution;
  /** At most `maxFindings`, plus the FINDINGS_LIMIT finding when some were left out. */
  findings: Finding[];
  /** Findings a suppression comment silenced, for formats that list them (at most `maxFindings`). */
  suppressed: Finding[];
  /** The findings left out by the limit, by severity. */
  omitted: SeverityCounts;
}

export function checkText(text: string, settings: CheckSettings = {}): CheckResult {
  return checkDocument(parseDocument(text), settings);
}

export function checkDocument(document: PlanDocument, settings: CheckSettings = {}): CheckResult {
  const options: CheckOptions = { ...defaultCheckOptions(), ...withoutUndefined(settings) };
  const resolution = resolve(document.plan);
  const rules = settings.rules ?? allRules;
  const directives =
    settings.inlineConfig !== false && document.plan
      ? parseDirectives(document, (name) => {
          const rule = rules.find((r) => r.meta.code === name || r.meta.name === name);
          return rule && { code: rule.meta.code, suppressible: !rule.meta.alwaysOn };
        })
      : [];
  const sink = new FindingSink(document, new Suppressions(directives), settings.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const runInto = (rule: Rule, ruleDirectives?: readonly Directive[]) =>
    runRule(rule, document, resolution, options, settings.severities?.get(rule.meta.code), sink, ruleDirectives);

  for (const rule of rules) if (!rule.meta.runsAfterSuppression) runInto(rule);
  // Rules that read the suppressions (unused ones) run once the others have used them.
  if (directives.length > 0) for (const rule of rules) if (rule.meta.runsAfterSuppression) runInto(rule, directives);

  const { findings, suppressed, omitted } = sink.result();
  if (total(omitted) > 0) {
    findings.push(findingsLimitFinding(document, omitted, settings.maxFindings ?? DEFAULT_MAX_FINDINGS));
    findings.sort(compareFindings);
  }
  return { document, resolution, findings, suppressed, omitted };
}

/**
 * Collects findings within the limit. Each severity keeps at most twice the
 * limit, cut back to the limit (the earliest in the file) whenever it fills,
 * so memory stays bounded and the kept findings are the most severe and,
 * among equals, the first in the file.
 */
class FindingSink {
  private readonly kept: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  private readonly omitted: SeverityCounts = { error: 0, warning: 0, info: 0 };
  private readonly suppressed: Finding[] = [];

  constructor(
    private readonly document: PlanDocument,
    private readonly suppressions: Suppressions,
    private readonly limit: number,
  ) {}

  /** `suppressible`: false for the findings of rules that read the suppressions themselves. */
  add(finding: Finding, suppressible = true): void {
    if (suppressible && this.suppressions.silences(finding.code, finding.range.start.line)) {
      if (this.suppressed.length < this.limit) this.suppressed.push(finding);
      return;
    }
    const bucket = this.kept[finding.severity];
    bucket.push(finding);
    if (bucket.length >= 2 * this.limit) this.cut(finding.severity, this.limit);
  }

  private cut(severity: Severity, keep: number): void {
    const bucket = this.kept[severity];
    if (bucket.length <= keep) return;
    bucket.sort(compareFindings);
    this.omitted[severity] += bucket.length - keep;
    bucket.length = keep;
  }

  result(): { findings: Finding[]; suppressed: Finding[]; omitted: SeverityCounts } {
    // The most severe first: what is left of the limit goes to the next severity.
    let room = this.limit;
    for (const severity of ["error", "warning", "info"] as const) {
      this.cut(severity, room);
      room -= this.kept[severity].length;
    }
    const findings = [...this.kept.error, ...this.kept.warning, ...this.kept.info].sort(compareFindings);
    return { findings, suppressed: this.suppressed.sort(compareFindings), omitted: { ...this.omitted } };
  }
}

function total(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info;
}

/**
 * The one finding that counts what the limit left out. It takes the
 * severity of the most severe finding it counts, so that exit codes and
 * `--fail-level` still see an error that was not listed.
 */
export function findingsLimitFinding(document: PlanDocument, omitted: SeverityCounts, limit: number): Finding {
  const severity: Severity = omitted.error > 0 ? "error" : omitted.warning > 0 ? "warning" : "info";
  const parts = (["error", "warning", "info"] as const)
    .filter((s) => omitted[s] > 0)
    .map((s) => `${count(omitted[s])} ${s === "info" ? "info" : omitted[s] === 1 ? s : `${s}s`}`);
  const span: Span = document.plan?.kind.span ?? { start: 0, end: 0 };
  return {
    code: FINDINGS_LIMIT.code,
    rule: FINDINGS_LIMIT.name,
    severity,
    message: `${count(total(omitted))} more findings are not shown (${parts.join(", ")}): a file reports at most ${count(limit)}, the most severe first. Correct those shown and check again, or raise the limit with "maxFindings" in .micicrc.json or --max-findings.`,
    span,
    range: document.lines.range(span),
    guidelines: [],
    fixes: [],
    related: [],
  };
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/** A message cut to MAX_MESSAGE_LENGTH characters, ending with "…" when cut. */
function bounded(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/** Runs one rule, adding its findings; a rule that throws becomes a finding. */
function runRule(
  rule: Rule,
  document: PlanDocument,
  resolution: Resolution,
  options: CheckOptions,
  setting: RuleSetting | undefined,
  sink: FindingSink,
  directives?: readonly Directive[],
): void {
  if (setting === "off" && !rule.meta.alwaysOn) return;
  // Only the syntax rule runs on a file without a plan block.
  if (!document.plan && rule.meta.code !== "SYN001") return;

  const report = (r: Report): void => {
    const severity: Severity = setting && setting !== "off" ? setting : (r.severity ?? rule.meta.severity);
    const related = r.related && r.related.length > MAX_RELATED ? r.related.slice(0, MAX_RELATED) : (r.related ?? []);
    sink.add({
      code: rule.meta.code,
      rule: rule.meta.name,
      severity,
      message: bounded(r.message),
      span: r.span,
      range: document.lines.range(r.span),
      guidelines: rule.meta.guidelines,
      fixes: (r.fixes ?? []).map((fix) => ({
        ...fix,
        edits: fix.edits.map((e) => ({ ...e, range: document.lines.range(e.span) })),
      })),
      related: related.map((x) => ({ message: bounded(x.message), span: x.span, range: document.lines.range(x.span) })),
      ...(r.tags ? { tags: r.tags } : {}),
    }, !rule.meta.runsAfterSuppression);
  };
  const context: RuleContext = { document, plan: document.plan!, resolution, options, directives, report };
  try {
    rule.check(context);
  } catch (error) {
    // A broken rule must never take the checker down with it: report it
    // against the rule, and go on with the others.
    const where = document.plan?.kind.span ?? { start: 0, end: 0 };
    sink.add({
      code: rule.meta.code,
      rule: rule.meta.name,
      severity: "error",
      message: bounded(
        `the check ${rule.meta.code} (${rule.meta.name}) failed on this plan and was skipped: ${(error as Error)?.message ?? String(error)}. Please report this to the micic-plan maintainers.`,
      ),
      span: where,
      range: document.lines.range(where),
      guidelines: rule.meta.guidelines,
      fixes: [],
      related: [],
    });
  }
}

function withoutUndefined(settings: CheckSettings): Partial<CheckOptions> {
  const result: Partial<CheckOptions> = {};
  if (settings.staleAfterMonths !== undefined) result.staleAfterMonths = settings.staleAfterMonths;
  if (settings.today !== undefined) result.today = settings.today;
  return result;
}

