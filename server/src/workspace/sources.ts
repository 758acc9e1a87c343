/**
 * What a file holds: one plan (`.micic`), or plans embedded in Markdown
 * (```micic blocks). Every adapter checks files through here, so a Markdown
 * plan is checked exactly like a plan file.
 */
import { checkText, type CheckResult, type CheckSettings } from "../core/check";
import { fixAll } from "../core/fix";
import { embeddedPlans } from "../markdown/embedded";

export type SourceKind = "plan" | "markdown";

export const MARKDOWN_EXTENSIONS = [".md", ".markdown"];

export function sourceKindOf(pathOrUri: string): SourceKind {
  const lower = pathOrUri.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? "markdown" : "plan";
}

/**
 * Checks a file's text: one result for a plan, one per embedded plan for
 * Markdown (none when it embeds no plan). Every span is a span of `text`.
 */
export function checkSource(text: string, kind: SourceKind, settings: CheckSettings = {}): CheckResult[] {
  if (kind === "plan") return [checkText(text, settings)];
  return embeddedPlans(text).map((plan) => checkText(plan.text, settings));
}

/** Applies every safe fix to a file's text (each embedded plan in turn for Markdown). */
/** `checked`: the check of a plan file's text with `settings`, when the caller has it (see fixAll). */
export function fixSource(text: string, kind: SourceKind, settings: CheckSettings = {}, checked?: CheckResult): { text: string; applied: number; results: CheckResult[] } {
  if (kind === "plan") {
    const outcome = fixAll(text, settings, checked);
    return { text: outcome.text, applied: outcome.applied, results: [outcome.result] };
  }
  let current = text;
  let applied = 0;
  // Later blocks first, so fixing one does not move the ones still to fix.
  const plans = embeddedPlans(text).reverse();
  for (const plan of plans) {
    const outcome = fixAll(plan.text, settings);
    if (outcome.applied === 0) continue;
    const grown = outcome.text.length - plan.text.length;
    const content = outcome.text.slice(plan.content.start, plan.content.end + grown);
    current = current.slice(0, plan.content.start) + content + current.slice(plan.content.end);
    applied += outcome.applied;
  }
  return { text: current, applied, results: checkSource(current, "markdown", settings) };
}
