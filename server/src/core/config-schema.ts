/**
 * The JSON schema of `.micicrc.json`: what editors validate a configuration
 * against (VS Code's jsonValidation, schemas/micicrc.schema.json) and what
 * the checker itself checks it against (config-validator.ts), so the two
 * cannot disagree.
 */
import { formatCount } from "./text";
import type { RuleSetting } from "./check";
import { DEFAULT_MAX_FINDINGS, MAX_FINDINGS_CEILING } from "./finding";
import type { Rule } from "./rule";

export const PRESETS = ["recommended", "strict"] as const;
export type Preset = (typeof PRESETS)[number];
export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "info", "warning", "error"];

/**
 * The JSON schema of `.micicrc.json` for a rule set: for editors (VS Code's
 * jsonValidation), and what parseConfig checks a configuration against.
 */
export function configJsonSchema(rules: readonly Rule[]): object {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "micic-plan configuration (.micicrc.json)",
    type: "object",
    additionalProperties: false,
    properties: configSchemaProperties(rules),
  };
}

/** The settings a configuration may hold, as JSON schema properties. */
export function configSchemaProperties(rules: readonly Rule[]): Record<string, object> {
  const setting = { enum: RULE_SETTINGS };
  const languageSetting = { enum: RULE_SETTINGS.filter((s) => s !== "off") };
  const properties: Record<string, object> = {};
  for (const rule of rules) {
    if (rule.meta.reportedByEngine) continue;
    const entry = {
      ...(rule.meta.alwaysOn ? languageSetting : setting),
      description: `${rule.meta.code} ${rule.meta.name}: ${rule.meta.summary} (default: ${rule.meta.severity})`,
    };
    properties[rule.meta.code] = entry;
    properties[rule.meta.name] = entry;
  }
  return {
    $schema: { type: "string" },
    extends: {
      enum: PRESETS,
      description: "recommended: every rule at its default severity. strict: every MICIC rule one step stricter (info becomes warning, warning becomes error).",
    },
    rules: {
      type: "object",
      description: "Severity per rule, by code (EVAC005) or by name (evacuation-non-refoulement): off, info, warning or error.",
      additionalProperties: false,
      properties,
    },
    staleAfterMonths: {
      type: "integer",
      minimum: 1,
      maximum: 600,
      default: 24,
      description: "How many months after its 'reviewed' date a plan (and after its 'exercises' date a drill) counts as stale.",
    },
    maxFindings: {
      type: "integer",
      minimum: 1,
      maximum: MAX_FINDINGS_CEILING,
      default: DEFAULT_MAX_FINDINGS,
      description: "At most this many findings are reported per file, the most severe first; one more finding (LIM001) counts the rest.",
    },
  };
}

/** What is wrong with a value for the limit of findings, or undefined when it is fine. */
export function maxFindingsProblem(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_FINDINGS_CEILING) return undefined;
  return `is ${JSON.stringify(value)}; use a whole number from 1 to ${formatCount(MAX_FINDINGS_CEILING)}`;
}
