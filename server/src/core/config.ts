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
 *
 * The core knows no rule set: every function here is handed the rules it
 * configures (the product's, workspace/micic-config.ts; a test's own).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError, type SyntaxKind } from "jsonc-parser";
import { didYouMean } from "./codes";
import { configSchemaProperties, maxFindingsProblem, PRESETS, RULE_SETTINGS, type Preset } from "./config-schema";
import type { CheckSettings, RuleSetting } from "./check";
import type { Severity } from "./finding";
import type { Rule } from "./rule";
import { LineIndex } from "./text";

export const CONFIG_FILE_NAME = ".micicrc.json";

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

/**
 * What reading a configuration must know of the rules it configures, handed
 * in by the caller: the rules, and the configuration's JSON schema for them
 * compiled by ajv (configJsonSchema; prebuilt in the bundles).
 */
export interface ConfigLanguage {
  rules: readonly Rule[];
  validate: ValidateFunction;
}

/** The rule a code or a name stands for, if any. */
export function findRule(codeOrName: string, rules: readonly Rule[]): Rule | undefined {
  return rules.find((rule) => rule.meta.code === codeOrName || rule.meta.name === codeOrName);
}

/** Turns a severity setting for a rule into its code, or says what is wrong. */
export function ruleSetting(key: string, value: unknown, where: string, rules: readonly Rule[]): [string, RuleSetting] {
  const problem = ruleSettingProblem(key, value, rules);
  if (problem) throw new ConfigError(`${where}: ${problem}`);
  return [findRule(key, rules)!.meta.code, value as RuleSetting];
}

/** What is wrong with setting rule `key` to `value`, or undefined when it is fine. */
function ruleSettingProblem(key: string, value: unknown, rules: readonly Rule[]): string | undefined {
  const rule = findRule(key, rules);
  if (!rule) {
    const guess = didYouMean(key, rules.flatMap((r) => [r.meta.code, r.meta.name]), 1)[0];
    return `unknown rule '${key}'${guess ? `; did you mean '${guess}'?` : ""} Rules are named by code (EVAC005) or by name (evacuation-non-refoulement); see docs/rules/README.md`;
  }
  if (rule.meta.reportedByEngine) {
    return `${rule.meta.code} (${rule.meta.name}) takes the severity of what it reports and cannot be set; ${rule.meta.code === "LIM001" ? 'change "maxFindings" instead' : "remove the setting"}`;
  }
  if (typeof value !== "string" || !(RULE_SETTINGS as readonly string[]).includes(value)) {
    const guess = typeof value === "string" ? didYouMean(value, RULE_SETTINGS, 1)[0] : undefined;
    return `rule '${key}' is set to ${JSON.stringify(value)}; use one of ${RULE_SETTINGS.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`;
  }
  if (value === "off" && rule.meta.alwaysOn) {
    return `${rule.meta.code} (${rule.meta.name}) is a rule of the plan language and cannot be turned off; its severity can be changed`;
  }
  return undefined;
}

/** Deeper than this, a configuration is refused before it is read: the real one is two levels deep. */
const MAX_CONFIG_DEPTH = 16;

/** Keys that would reach JavaScript's object machinery rather than a setting. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Parses the text of a configuration file and checks it against the
 * published JSON schema (configJsonSchema), reporting every problem at once,
 * each with its line and column and a did-you-mean where one is close.
 * Throws ConfigError, never anything else.
 */
export function parseConfig(text: string, source: string, language: ConfigLanguage): Config {
  // A byte-order mark is what Windows editors write first: not a JSON error.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const at = (offset: number) => {
    const { line, character } = lines.position(offset);
    return `${source}:${line + 1}:${character + 1}`;
  };
  const shapeProblem = scanShape(body);
  if (shapeProblem) throw new ConfigError(`${at(shapeProblem.offset)}: ${shapeProblem.message}`);

  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const offset = errors[0]?.offset ?? 0;
    throw new ConfigError(`${at(offset)}: not valid JSON (${errors[0] ? describeJsonError(printParseErrorCode(errors[0].error)) : "the file is empty"})`);
  }
  if (tree.type !== "object") {
    throw new ConfigError(`${source}: the configuration must be a JSON object, like { "rules": { "EVAC010": "off" } }`);
  }
  const data = getNodeValue(tree) as Record<string, unknown>;
  const { validate, rules } = language;
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => describeSchemaError(error, data, rules));
    // One line per problem, in the order of the file, each once.
    const located = [...new Map(problems.map((p) => [`${p.path}\u0000${p.message}`, p])).values()]
      .map((p) => ({ ...p, offset: offsetOf(tree, p.path) }))
      .sort((a, b) => a.offset - b.offset);
    throw new ConfigError(located.map((p) => `${at(p.offset)}: ${p.message}`).join("\n"));
  }
  const config: Config = { rules: new Map(), source };
  if (data.extends !== undefined) config.extends = data.extends as Preset;
  for (const [rule, setting] of Object.entries((data.rules ?? {}) as Record<string, RuleSetting>)) {
    config.rules.set(findRule(rule, rules)!.meta.code, setting);
  }
  if (data.staleAfterMonths !== undefined) config.staleAfterMonths = data.staleAfterMonths as number;
  if (data.maxFindings !== undefined) config.maxFindings = data.maxFindings as number;
  return config;
}

/** jsonc-parser's token kinds (a `const enum`, which isolated modules cannot read). */
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Colon: 6, String: 10, LineBreak: 14, Trivia: 15, EOF: 17 } as const satisfies Record<string, SyntaxKind>;

/**
 * Reads the tokens alone (no tree, no recursion) and finds what must not be
 * parsed at all: nesting deep enough to overflow the parser's stack, and
 * keys such as `__proto__`.
 */
function scanShape(text: string): { offset: number; message: string } | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== Token.EOF; token = scanner.scan()) {
    if (token === Token.OpenBrace || token === Token.OpenBracket) {
      if (++depth > MAX_CONFIG_DEPTH) {
        return { offset: scanner.getTokenOffset(), message: `nested more than ${MAX_CONFIG_DEPTH} deep; a configuration is an object of settings, like { "rules": { "EVAC010": "off" } }` };
      }
    } else if (token === Token.CloseBrace || token === Token.CloseBracket) {
      depth--;
    } else if (token === Token.String && FORBIDDEN_KEYS.has(scanner.getTokenValue())) {
      const offset = scanner.getTokenOffset();
      const key = scanner.getTokenValue();
      let next: number = scanner.scan();
      while (next === Token.Trivia || next === Token.LineBreak) next = scanner.scan();
      if (next === Token.Colon) return { offset, message: `"${key}" is not a setting; remove it` };
    }
  }
  return undefined;
}

/** An ajv error as a sentence a drafter can act on, with the path of what it is about. */
function describeSchemaError(error: ErrorObject, data: Record<string, unknown>, rules: readonly Rule[]): { path: string[]; message: string } {
  const path = error.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const value = path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], data);
  const settings = Object.keys(configSchemaProperties(rules));
  if (error.keyword === "additionalProperties") {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    if (path.length === 0) {
      const guess = didYouMean(key, settings, 1)[0];
      return { path: [key], message: `unknown setting "${key}"${guess ? `; did you mean "${guess}"?` : ""} The settings are ${settings.filter((k) => k !== "$schema").join(", ")}` };
    }
    if (path[0] === "rules" && path.length === 1) return { path: ["rules", key], message: ruleSettingProblem(key, (data.rules as Record<string, unknown>)[key], rules)! };
  }
  const [setting, rule] = path;
  if (setting === "rules" && rule !== undefined) return { path, message: ruleSettingProblem(rule, value, rules) ?? `rule '${rule}': ${error.message}` };
  if (setting === "rules") return { path, message: `"rules" must be an object of rule: severity, like { "EVAC010": "off" }` };
  if (setting === "extends") return { path, message: `"extends" is ${JSON.stringify(value)}; use ${PRESETS.map((p) => `"${p}"`).join(" or ")}` };
  if (setting === "staleAfterMonths") return { path, message: `"staleAfterMonths" is ${JSON.stringify(value)}; use a whole number of months from 1 to 600` };
  if (setting === "maxFindings") return { path, message: `"maxFindings" ${maxFindingsProblem(value)}` };
  return { path, message: `${setting ? `"${setting}" ` : ""}${error.message ?? "is not valid"}` };
}

/** Where the value at `path` starts in the file, or where the nearest enclosing value does. */
function offsetOf(tree: JsonNode, path: string[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return node.parent?.type === "property" && n === path.length ? node.parent.offset : node.offset;
  }
  return tree.offset;
}

const raise: Record<Severity, Severity> = { info: "warning", warning: "error", error: "error" };

/**
 * A preset's severities. `recommended` is every rule at its default;
 * `strict` raises every MICIC rule one step (info → warning → error), for
 * plans about to be adopted.
 */
export function presetSeverities(rules: readonly Rule[], preset: Preset = "recommended"): Map<string, RuleSetting> {
  const result = new Map<string, RuleSetting>();
  for (const rule of rules) {
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

/** The settings a check of these rules runs with: preset, then file, then command line. */
export function settingsFor(rules: readonly Rule[], config: Config | undefined, overrides: Overrides = {}): CheckSettings & { rules: readonly Rule[] } {
  const severities = presetSeverities(rules, config?.extends);
  const explicit = new Map<string, RuleSetting>([...(config?.rules ?? []), ...(overrides.rules ?? [])]);
  for (const [code, setting] of explicit) severities.set(code, setting);
  // A rule split from another takes the old code's setting unless it has its own.
  for (const rule of rules) {
    if (explicit.has(rule.meta.code)) continue;
    const old = rule.meta.settableAs?.find((code) => explicit.has(code));
    if (old) severities.set(rule.meta.code, explicit.get(old)!);
  }
  return {
    rules,
    severities,
    staleAfterMonths: overrides.staleAfterMonths ?? config?.staleAfterMonths,
    maxFindings: overrides.maxFindings ?? config?.maxFindings,
  };
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

export { configJsonSchema, maxFindingsProblem, PRESETS, RULE_SETTINGS, type Preset } from "./config-schema";
