/**
 * Configuration: `.micicrc.json` (JSON only: a configuration never runs
 * code). It picks a preset, sets rules' severities by code or by name, and
 * says when a plan goes stale:
 *
 *   { "extends": "recommended", "rules": { "EVAC010": "off",
 *     "communication-rumours": "warning" }, "staleAfterMonths": 24 }
 *
 * Precedence, strongest first: inline suppression comments > CLI flags
 * (`--rule`) > the nearest configuration file > its preset.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import { allRules, rulesByCode, rulesByName } from "../rules/index";
import type { CheckSettings, RuleSetting } from "./check";
import { DEFAULT_MAX_FINDINGS, type Severity } from "./finding";
import { LineIndex } from "./text";

export const CONFIG_FILE_NAME = ".micicrc.json";
export const PRESETS = ["recommended", "strict"] as const;
export type Preset = (typeof PRESETS)[number];
export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "info", "warning", "error"];

export interface Config {
  extends?: Preset;
  /** Severity by rule code (names are turned into codes when read). */
  rules: Map<string, RuleSetting>;
  staleAfterMonths?: number;
  /** At most this many findings per file (DEFAULT_MAX_FINDINGS when absent). */
  maxFindings?: number;
  /** Where the configuration came from, for messages. */
  source?: string;
}

/** A configuration that cannot be used: one clear message, with its place. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** The rule a code or a name stands for, if any. */
export function findRule(codeOrName: string) {
  return rulesByCode.get(codeOrName) ?? rulesByName.get(codeOrName);
}

/** Turns a severity setting for a rule into its code, or says what is wrong. */
export function ruleSetting(key: string, value: unknown, where: string): [string, RuleSetting] {
  const rule = findRule(key);
  if (!rule) {
    throw new ConfigError(`${where}: unknown rule '${key}'. Rules are named by code (EVAC005) or by name (evacuation-non-refoulement); see docs/rules/README.md`);
  }
  if (typeof value !== "string" || !(RULE_SETTINGS as readonly string[]).includes(value)) {
    throw new ConfigError(`${where}: rule '${key}' is set to ${JSON.stringify(value)}; use one of ${RULE_SETTINGS.join(", ")}`);
  }
  if (rule.meta.reportedByEngine) {
    throw new ConfigError(`${where}: ${rule.meta.code} (${rule.meta.name}) takes the severity of what it reports and cannot be set; ${rule.meta.code === "LIM001" ? 'change "maxFindings" instead' : "remove the setting"}`);
  }
  if (value === "off" && rule.meta.alwaysOn) {
    throw new ConfigError(`${where}: ${rule.meta.code} (${rule.meta.name}) is a rule of the plan language and cannot be turned off; its severity can be changed`);
  }
  return [rule.meta.code, value as RuleSetting];
}

/** Parses the text of a configuration file. Throws ConfigError, never anything else. */
export function parseConfig(text: string, source: string): Config {
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    const lines = new LineIndex(text);
    const { line, character } = lines.position(errors[0].offset);
    throw new ConfigError(`${source}:${line + 1}:${character + 1}: not valid JSON (${describeJsonError(printParseErrorCode(errors[0].error))})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError(`${source}: the configuration must be a JSON object, like { "rules": { "EVAC010": "off" } }`);
  }
  const config: Config = { rules: new Map(), source };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    switch (key) {
      case "$schema":
        break;
      case "extends":
        if (typeof value !== "string" || !(PRESETS as readonly string[]).includes(value)) {
          throw new ConfigError(`${source}: "extends" is ${JSON.stringify(value)}; use ${PRESETS.map((p) => `"${p}"`).join(" or ")}`);
        }
        config.extends = value as Preset;
        break;
      case "rules":
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          throw new ConfigError(`${source}: "rules" must be an object of rule: severity, like { "EVAC010": "off" }`);
        }
        for (const [rule, setting] of Object.entries(value as Record<string, unknown>)) {
          const [code, severity] = ruleSetting(rule, setting, source);
          config.rules.set(code, severity);
        }
        break;
      case "staleAfterMonths":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 600) {
          throw new ConfigError(`${source}: "staleAfterMonths" is ${JSON.stringify(value)}; use a whole number of months from 1 to 600`);
        }
        config.staleAfterMonths = value;
        break;
      case "maxFindings": {
        const problem = maxFindingsProblem(value);
        if (problem) throw new ConfigError(`${source}: "maxFindings" ${problem}`);
        config.maxFindings = value as number;
        break;
      }
      default:
        throw new ConfigError(`${source}: unknown setting "${key}"; the settings are extends, rules, staleAfterMonths and maxFindings`);
    }
  }
  return config;
}

/** The largest limit of findings per file: beyond it an editor or a report is no use anyway. */
export const MAX_FINDINGS_CEILING = 100_000;

/** What is wrong with a value for the limit of findings, or undefined when it is fine. */
export function maxFindingsProblem(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_FINDINGS_CEILING) return undefined;
  return `is ${JSON.stringify(value)}; use a whole number from 1 to ${MAX_FINDINGS_CEILING.toLocaleString("en-US")}`;
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const raise: Record<Severity, Severity> = { info: "warning", warning: "error", error: "error" };

/**
 * A preset's severities. `recommended` is every rule at its default;
 * `strict` raises every MICIC rule one step (info → warning → error), for
 * plans about to be adopted.
 */
export function presetSeverities(preset: Preset = "recommended"): Map<string, RuleSetting> {
  const result = new Map<string, RuleSetting>();
  for (const rule of allRules) {
    if (preset === "strict" && rule.meta.area !== "language") result.set(rule.meta.code, raise[rule.meta.severity]);
  }
  return result;
}

export interface Overrides {
  /** `--rule CODE=severity` from the command line, by code. */
  rules?: ReadonlyMap<string, RuleSetting>;
  staleAfterMonths?: number;
  /** `--max-findings N`. */
  maxFindings?: number;
}

/** The settings a check runs with: preset, then file, then command line. */
export function settingsFor(config: Config | undefined, overrides: Overrides = {}): CheckSettings {
  const severities = presetSeverities(config?.extends);
  for (const [code, setting] of config?.rules ?? []) severities.set(code, setting);
  for (const [code, setting] of overrides.rules ?? []) severities.set(code, setting);
  return {
    severities,
    staleAfterMonths: overrides.staleAfterMonths ?? config?.staleAfterMonths,
    maxFindings: overrides.maxFindings ?? config?.maxFindings,
  };
}

/** The JSON schema of `.micicrc.json`, for editors (VS Code's jsonValidation). */
export function configJsonSchema(): object {
  const setting = { enum: RULE_SETTINGS };
  const languageSetting = { enum: RULE_SETTINGS.filter((s) => s !== "off") };
  const properties: Record<string, object> = {};
  for (const rule of allRules) {
    if (rule.meta.reportedByEngine) continue;
    const entry = {
      ...(rule.meta.alwaysOn ? languageSetting : setting),
      description: `${rule.meta.code} ${rule.meta.name}: ${rule.meta.summary} (default: ${rule.meta.severity})`,
    };
    properties[rule.meta.code] = entry;
    properties[rule.meta.name] = entry;
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "micic-plan configuration (.micicrc.json)",
    type: "object",
    additionalProperties: false,
    properties: {
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
    },
  };
}
