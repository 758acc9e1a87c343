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

export type RuleSetting = Severity | "off";

export interface CheckSettings extends Partial<CheckOptions> {
  /** The rules to run; all by default. */
  rules?: readonly Rule[];
  /** Severity per rule code, overriding the rule's default. */
  severities?: ReadonlyMap<string, RuleSetting>;
}

export interface CheckResult {
  document: PlanDocument;
  resolution: Resolution;
  findings: Finding[];
}

export function checkText(text: string, settings: CheckSettings = {}): CheckResult {
  return checkDocument(parseDocument(text), settings);
}

export function checkDocument(document: PlanDocument, settings: CheckSettings = {}): CheckResult {
  const options: CheckOptions = { ...defaultCheckOptions(), ...withoutUndefined(settings) };
  const resolution = resolve(document.plan);
  const findings: Finding[] = [];
  const rules = settings.rules ?? allRules;

  for (const rule of rules) {
    const setting = settings.severities?.get(rule.meta.code);
    if (setting === "off" && !rule.meta.alwaysOn) continue;
    // Only the syntax rule runs on a file without a plan block.
    if (!document.plan && rule.meta.code !== "SYN001") continue;

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
        fixes: r.fixes ?? [],
        related: (r.related ?? []).map((x) => ({ ...x, range: document.lines.range(x.span) })),
        ...(r.tags ? { tags: r.tags } : {}),
      });
    };
    const context: RuleContext = { document, plan: document.plan!, resolution, options, report };
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
  findings.sort(compareFindings);
  return { document, resolution, findings };
}

function withoutUndefined(settings: CheckSettings): Partial<CheckOptions> {
  const result: Partial<CheckOptions> = {};
  if (settings.staleAfterMonths !== undefined) result.staleAfterMonths = settings.staleAfterMonths;
  if (settings.today !== undefined) result.today = settings.today;
  return result;
}
