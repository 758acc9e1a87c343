/**
 * The options `check` and `diff` share, read and checked once: the locale,
 * colour, rule severities, the findings limit and `--output-file FORMAT=PATH`.
 * A bad value throws UsageError, whose message is the one line the command
 * prints before exiting with code 2.
 */
import type { RuleSetting } from "../core/check";
import { ConfigError, maxFindingsProblem, ruleSetting } from "../core/config";
import { environmentLocale, LOCALES, supportedLocale, type Locale } from "../messages/locales";
import { micicRules } from "../workspace/micic-rules";

export class UsageError extends Error {}

/** `--locale`, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
export function localeOption(value: string | undefined, env: Record<string, string | undefined>): Locale {
  if (value === undefined) return environmentLocale(env);
  const asked = supportedLocale(value);
  if (!asked) throw new UsageError(`--locale '${value}' is not a language micic-plan speaks: use ${LOCALES.join(", ")}`);
  return asked;
}

/** `--color` forces colour, `--no-color` (or NO_COLOR, or TERM=dumb) turns it off; else colour on a terminal only. */
export function colorOption(values: { color?: boolean; "no-color"?: boolean }, io: { stdout: { isTTY?: boolean }; env: Record<string, string | undefined> }): boolean {
  if (values["no-color"]) return false;
  if (values.color) return true;
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

/** `--rule CODE=LEVEL`, repeatable, by code or name. */
export function ruleOptions(options: readonly string[] | undefined): Map<string, RuleSetting> {
  const overrides = new Map<string, RuleSetting>();
  for (const option of options ?? []) {
    const at = option.indexOf("=");
    if (at <= 0) throw new UsageError(`--rule '${option}' needs the form CODE=LEVEL, like --rule EVAC010=off`);
    try {
      const [code, setting] = ruleSetting(option.slice(0, at), option.slice(at + 1), "--rule", micicRules);
      overrides.set(code, setting);
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
  }
  return overrides;
}

/** `--max-findings N`, checked as the configuration's `maxFindings` is. */
export function maxFindingsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const problem = maxFindingsProblem(/^\d+$/.test(value) ? Number(value) : value);
  if (problem) throw new UsageError(`--max-findings ${problem}`);
  return Number(value);
}

/** `--output-file FORMAT=PATH`, repeatable, each FORMAT one of `formats`. */
export function outputFileOptions(options: readonly string[] | undefined, formats: readonly string[], example: string): { format: string; path: string }[] {
  return (options ?? []).map((option) => {
    const at = option.indexOf("=");
    if (at <= 0 || at === option.length - 1) throw new UsageError(`--output-file '${option}' needs the form FORMAT=PATH, like --output-file ${example}`);
    const format = option.slice(0, at);
    if (!formats.includes(format)) throw new UsageError(`unknown format '${format}' in --output-file. Formats: ${formats.join(", ")}.`);
    return { format, path: option.slice(at + 1) };
  });
}
