/**
 * The checking engine: parse → resolve → run every rule → findings, each
 * with its range, severity and fixes. Every adapter (server, CLI, report)
 * calls this and nothing below it, so all show the same findings.
 */
import { allRules } from "../rules/index";
import { parseDocument, type PlanDocument } from "./document";
import { compareFindings, type Finding, type Report, type Severity } from "./finding";
import { resolve, type Resolution } from "./resolve";
import { defaultCheckOptions, type CheckOptions, type Rule, type RuleContext } from "./rule";
import { applyDirectives, parseDirectives, type Directive } from "./suppression";

export type RuleSetting = Severity | "off";

export interface CheckSettings extends Partial<CheckOptions> {
  /** The rules to run; all by default. */
  rules?: readonly Rule[];
  /** Severity per rule code, overriding the rule's default. */
  severities?: ReadonlyMap<string, RuleSetting>;
  /** Whether `# micic-disable` comments count (`--no-inline-config` says no). */
  inlineConfig?: boolean;
}

export interface CheckResult {
  document: PlanDocument;
  resolution: Resolution;
  findings: Finding[];
  /** Findings a suppression comment silenced, for formats that list them. */
  suppressed: Finding[];
}

export function checkText(text: string, settings: CheckSettings = {}): CheckResult {
  return checkDocument(parseDocument(text), settings);
}

export function checkDocument(document: PlanDocument, settings: CheckSettings = {}): CheckResult {
  const options: CheckOptions = { ...defaultCheckOptions(), ...withoutUndefined(settings) };
  const resolution = resolve(document.plan);
  const rules = settings.rules ?? allRules;
  const findings: Finding[] = [];
  const runInto = (into: Finding[], rule: Rule, directives?: readonly Directive[]) =>
    runRule(rule, document, resolution, options, settings.severities?.get(rule.meta.code), into, directives);

  for (const rule of rules) if (!rule.meta.runsAfterSuppression) runInto(findings, rule);

  let kept = findings;
  let suppressed: Finding[] = [];
  if (settings.inlineConfig !== false && document.plan) {
    const directives = parseDirectives(document, (name) => {
      const rule = rules.find((r) => r.meta.code === name || r.meta.name === name);
      return rule && { code: rule.meta.code, suppressible: !rule.meta.alwaysOn };
    });
    if (directives.length > 0) {
      ({ kept, suppressed } = applyDirectives(findings, directives, document));
      for (const rule of rules) if (rule.meta.runsAfterSuppression) runInto(kept, rule, directives);
    }
  }
  kept.sort(compareFindings);
  return { document, resolution, findings: kept, suppressed };
}

/** Runs one rule, adding its findings; a rule that throws becomes a finding. */
function runRule(
  rule: Rule,
  document: PlanDocument,
  resolution: Resolution,
  options: CheckOptions,
  setting: RuleSetting | undefined,
  findings: Finding[],
  directives?: readonly Directive[],
): void {
  if (setting === "off" && !rule.meta.alwaysOn) return;
  // Only the syntax rule runs on a file without a plan block.
  if (!document.plan && rule.meta.code !== "SYN001") return;

  const report = (r: Report): void => {
    const severity: Severity = setting && setting !== "off" ? setting : (r.severity ?? rule.meta.severity);
    findings.push({
      code: rule.meta.code,
      rule: rule.meta.name,
      severity,
      message: r.message,
      span: r.span,
      range: document.lines.range(r.span),
      guidelines: rule.meta.guidelines,
      fixes: (r.fixes ?? []).map((fix) => ({
        ...fix,
        edits: fix.edits.map((e) => ({ ...e, range: document.lines.range(e.span) })),
      })),
      related: (r.related ?? []).map((x) => ({ ...x, range: document.lines.range(x.span) })),
      ...(r.tags ? { tags: r.tags } : {}),
    });
  };
  const context: RuleContext = { document, plan: document.plan!, resolution, options, directives, report };
  try {
    rule.check(context);
  } catch (error) {
    // A broken rule must never take the checker down with it: report it
    // against the rule, and go on with the others.
    const where = document.plan?.kind.span ?? { start: 0, end: 0 };
    findings.push({
      code: rule.meta.code,
      rule: rule.meta.name,
      severity: "error",
      message: `the check ${rule.meta.code} (${rule.meta.name}) failed on this plan and was skipped: ${(error as Error)?.message ?? String(error)}. Please report this to the micic-plan maintainers.`,
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
