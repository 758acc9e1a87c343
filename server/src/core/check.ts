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
import { parseDocument, type PlanDocument } from "./document";
import { withoutPlaceholders, withPlaceholders } from "./edits";
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
import { formatCount, type Span } from "./text";

export type RuleSetting = Severity | "off";

export interface CheckSettings extends Partial<CheckOptions> {
  /** The rules to run: the core has none of its own (the product's are workspace/micic-rules.ts). */
  rules: readonly Rule[];
  /** Severity per rule code, overriding the rule's default. */
  severities?: ReadonlyMap<string, RuleSetting>;
  /** Whether `# micic-disable` comments count (`--no-inline-config` says no). */
  inlineConfig?: boolean;
  /** At most this many findings are kept per file (DEFAULT_MAX_FINDINGS when absent). */
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

export function checkText(text: string, settings: CheckSettings): CheckResult {
  return checkDocument(parseDocument(text), settings);
}

/** `resolution`: the plan's, when the caller has resolved it already (the language server has). */
export function checkDocument(document: PlanDocument, settings: CheckSettings, resolution?: Resolution): CheckResult {
  return checkDocuments([document], settings, resolution && [resolution])[0];
}

/**
 * Checks the plans of one file (a Markdown note holds one per ```micic
 * block; every span is a span of the file) within one limit of findings for
 * the whole file: the most severe findings of all its plans are kept, and
 * one LIM001 finding, on the first plan, counts what the limit left out.
 */
export function checkDocuments(documents: readonly PlanDocument[], settings: CheckSettings, resolutions?: readonly Resolution[]): CheckResult[] {
  const options: CheckOptions = { ...defaultCheckOptions(), ...withoutUndefined(settings) };
  const rules = settings.rules;
  const limit = settings.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const kept = new BoundedFindings(limit);
  const checked = documents.map((document, index) => {
    const resolution = resolutions?.[index] ?? resolve(document.plan);
    const directives =
      settings.inlineConfig !== false && document.plan
        ? parseDirectives(document, (name) => {
          const rule = rules.find((r) => r.meta.code === name || r.meta.name === name);
          return rule && { code: rule.meta.code, suppressible: !rule.meta.alwaysOn };
        })
        : [];
    const suppressions = new Suppressions(directives);
    const suppressed: Finding[] = [];
    // A finding is made whole (its ranges, its fixes' ranges) only when it is
    // kept: a plan with a million findings makes a few thousand.
    const add = (draft: FindingDraft, make: () => Finding) => {
      if (draft.suppressible && suppressions.silences(draft.code, draft.line)) {
        if (suppressed.length < limit) suppressed.push(make());
      } else if (kept.wouldKeep(draft.severity, draft.start)) {
        kept.add(make(), index);
      } else {
        kept.leaveOut(draft.severity);
      }
    };
    const runInto = (rule: Rule, ruleDirectives?: readonly Directive[]) =>
      runRule(rule, document, resolution, options, settings.severities?.get(rule.meta.code), add, ruleDirectives);
    for (const rule of rules) if (!rule.meta.runsAfterSuppression) runInto(rule);
    // Rules that read the suppressions (unused ones) run once the others have used them.
    if (directives.length > 0) for (const rule of rules) if (rule.meta.runsAfterSuppression) runInto(rule, directives);
    return { document, resolution, suppressed: suppressed.sort(compareFindings) };
  });

  const { byOwner, omitted } = kept.result(documents.length);
  const results: CheckResult[] = checked.map((c, index) => ({ ...c, findings: byOwner[index], omitted: { error: 0, warning: 0, info: 0 } }));
  if (results.length > 0 && total(omitted) > 0) {
    const first = results[0];
    const limitRule = rules.find((r) => r.meta.code === FINDINGS_LIMIT.code);
    first.findings.push(findingsLimitFinding(first.document, omitted, limit, limitRule && ((counts) => limitRule.meta.engineMessage?.(counts, options))));
    first.findings.sort(compareFindings);
    first.omitted = omitted;
  }
  return results;
}

/**
 * The findings of a file within its limit. Each severity keeps at most
 * twice the limit, cut back to the limit (the earliest in the file) whenever
 * it fills, so memory stays bounded however many findings the rules report,
 * and the findings kept are the most severe and, among equals, the first in
 * the file.
 */
class BoundedFindings {
  private readonly kept: Record<Severity, { finding: Finding; owner: number }[]> = { error: [], warning: [], info: [] };
  private readonly omitted: SeverityCounts = { error: 0, warning: 0, info: 0 };

  constructor(private readonly limit: number) {}

  /**
   * Per severity, the start of the last finding kept by the latest cut: a
   * finding of that severity that starts after it can never be kept.
   */
  private readonly keptUpTo: Record<Severity, number> = { error: Infinity, warning: Infinity, info: Infinity };

  /** `owner`: which of the file's plans the finding is about. */
  add(finding: Finding, owner: number): void {
    const bucket = this.kept[finding.severity];
    bucket.push({ finding, owner });
    if (bucket.length >= 2 * this.limit) this.cut(finding.severity, this.limit);
  }

  /**
   * Whether a finding of this severity starting here may still be among
   * those kept: not when more severe findings already fill the limit, nor
   * when its severity's findings already kept all start before it.
   */
  wouldKeep(severity: Severity, start: number): boolean {
    let moreSevere = 0;
    for (const s of ["error", "warning", "info"] as const) {
      if (s === severity) break;
      moreSevere += Math.min(this.kept[s].length, this.limit);
    }
    return moreSevere < this.limit && start <= this.keptUpTo[severity];
  }

  /** Counts a finding that wouldKeep turned away. */
  leaveOut(severity: Severity): void {
    this.omitted[severity]++;
  }

  private cut(severity: Severity, keep: number): void {
    const bucket = this.kept[severity];
    if (bucket.length <= keep) return;
    bucket.sort((a, b) => compareFindings(a.finding, b.finding));
    this.omitted[severity] += bucket.length - keep;
    bucket.length = keep;
    // A finding starting where the last kept one does may still sort before it.
    this.keptUpTo[severity] = keep > 0 ? bucket[keep - 1].finding.span.start : -1;
  }

  /** The findings kept, each plan's in the order of the file, and how many of each severity were not. */
  result(owners: number): { byOwner: Finding[][]; omitted: SeverityCounts } {
    // The most severe first: what is left of the limit goes to the next severity.
    let room = this.limit;
    for (const severity of ["error", "warning", "info"] as const) {
      this.cut(severity, room);
      room -= this.kept[severity].length;
    }
    const byOwner: Finding[][] = Array.from({ length: owners }, () => []);
    for (const severity of ["error", "warning", "info"] as const) for (const { finding, owner } of this.kept[severity]) byOwner[owner].push(finding);
    for (const findings of byOwner) findings.sort(compareFindings);
    return { byOwner, omitted: { ...this.omitted } };
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
export function findingsLimitFinding(
  document: PlanDocument,
  omitted: SeverityCounts,
  limit: number,
  /** The message in the check's language, from the LIM001 rule of the rule set (English when it gives none). */
  localized?: (counts: Readonly<Record<string, number>>) => string | undefined,
): Finding {
  const severity: Severity = omitted.error > 0 ? "error" : omitted.warning > 0 ? "warning" : "info";
  const parts = (["error", "warning", "info"] as const)
    .filter((s) => omitted[s] > 0)
    .map((s) => `${formatCount(omitted[s])} ${s === "info" ? "info" : omitted[s] === 1 ? s : `${s}s`}`);
  const span: Span = document.plan?.kind.span ?? { start: 0, end: 0 };
  return {
    code: FINDINGS_LIMIT.code,
    rule: FINDINGS_LIMIT.name,
    severity,
    message:
      localized?.({ omitted: total(omitted), errors: omitted.error, warnings: omitted.warning, infos: omitted.info, limit }) ??
      `${formatCount(total(omitted))} more findings are not shown (${parts.join(", ")}): a file reports at most ${formatCount(limit)}, the most severe first. Correct those shown and check again, or raise the limit with "maxFindings" in .micicrc.json or --max-findings.`,
    span,
    range: document.lines.range(span),
    guidelines: [],
    fixes: [],
    related: [],
  };
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
  add: (draft: FindingDraft, make: () => Finding) => void,
  directives?: readonly Directive[],
): void {
  if (setting === "off" && !rule.meta.alwaysOn) return;
  // Only the syntax rule runs on a file without a plan block.
  if (!document.plan && rule.meta.code !== "SYN001") return;

  const suppressible = !rule.meta.runsAfterSuppression;
  const unreadable = unreadableLines(document);
  const report = (r: Report): void => {
    const severity: Severity = setting && setting !== "off" ? setting : (r.severity ?? rule.meta.severity);
    const draft = { code: rule.meta.code, severity, start: r.span.start, line: document.lines.position(r.span.start).line, suppressible };
    add(draft, () => {
      const related = r.related && r.related.length > MAX_RELATED ? r.related.slice(0, MAX_RELATED) : (r.related ?? []);
      return {
        code: rule.meta.code,
        rule: rule.meta.name,
        severity,
        message: bounded(r.message),
        span: r.span,
        range: document.lines.range(r.span),
        guidelines: rule.meta.guidelines,
        // Where the parser could not read a line, the tokens a rule sees there
        // may be ones it made up or split while recovering (`contact: +998 71`
        // reads as a number 998): an edit there could corrupt the line, so
        // the finding comes without its fixes until the line reads.
        fixes: (touchesAny(unreadable, document, r.span, r.fixes) ? [] : (r.fixes ?? [])).map((fix) => ({
          ...fix,
          title: withoutPlaceholders(fix.title),
          // Places for the drafter become "…" in the text and tab stops in a snippet (edits.ts).
          edits: fix.edits.map((e) => ({ ...withPlaceholders(e), range: document.lines.range(e.span) })),
        })),
        related: related.map((x) => ({ message: bounded(x.message), span: x.span, range: document.lines.range(x.span) })),
        ...(r.tags ? { tags: r.tags } : {}),
      };
    });
  };
  const context: RuleContext = { document, plan: document.plan!, resolution, options, directives, report };
  try {
    rule.check(context);
  } catch (error) {
    // A broken rule must never take the checker down with it: report it
    // against the rule, and go on with the others.
    const where = document.plan?.kind.span ?? { start: 0, end: 0 };
    const draft = { code: rule.meta.code, severity: "error" as const, start: where.start, line: document.lines.position(where.start).line, suppressible: false };
    add(draft, () => ({
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
    }));
  }
}

/**
 * The 0-based lines on which the parser reported a problem it recovered
 * from by skipping or splitting tokens (at most the 1,000 problems it lists).
 */
function unreadableLines(document: PlanDocument): ReadonlySet<number> {
  const lines = new Set<number>();
  for (const problem of document.syntaxProblems) {
    if (problem.limit || problem.readAsTyped) continue;
    const first = document.lines.position(problem.span.start).line;
    // A problem over many lines (an unclosed string) marks its first and last
    // few: what lies between is inside it, and a file's thousand problems
    // must not each mark the whole file.
    const last = document.lines.position(problem.span.end).line;
    for (let line = first; line <= last; line = line - first >= 8 && last - line > 8 ? last - 8 : line + 1) lines.add(line);
  }
  return lines;
}

/** Whether a finding, or any edit of its fixes, is on one of `lines`. */
function touchesAny(lines: ReadonlySet<number>, document: PlanDocument, span: Span, fixes: Report["fixes"]): boolean {
  if (lines.size === 0 || !fixes || fixes.length === 0) return false;
  const onLines = (s: Span) => {
    const last = document.lines.position(s.end).line;
    for (let line = document.lines.position(s.start).line; line <= last; line++) if (lines.has(line)) return true;
    return false;
  };
  return onLines(span) || fixes.some((fix) => fix.edits.some((edit) => onLines(edit.span)));
}

/** What the engine needs to know of a finding before deciding to make it whole. */
interface FindingDraft {
  code: string;
  severity: Severity;
  start: number;
  /** The 0-based line it starts on, which suppression comments name. */
  line: number;
  /** False for the findings of rules that read the suppressions themselves. */
  suppressible: boolean;
}

function withoutUndefined(settings: CheckSettings): Partial<CheckOptions> {
  const result: Partial<CheckOptions> = {};
  if (settings.staleAfterMonths !== undefined) result.staleAfterMonths = settings.staleAfterMonths;
  if (settings.today !== undefined) result.today = settings.today;
  if (settings.locale !== undefined) result.locale = settings.locale;
  return result;
}
