/**
 * The editor's settings for micic-plan (`micic.*` in VS Code), read per
 * document through workspace/configuration and cached until they change.
 */
import type { RuleSetting } from "../core/check";
import { ruleSetting } from "../core/config";
import { supportedLocale } from "../messages/locales";
import { micicRules } from "../workspace/micic-rules";

export interface EditorSettings {
  /** Whether to check at all. */
  enable: boolean;
  /** Check while typing, or only on save. */
  run: "onType" | "onSave";
  /** A configuration file to use instead of the nearest .micicrc.json. */
  configFile: string;
  /** Rule severities set in the editor, by code; stronger than the file. */
  rules: Map<string, RuleSetting>;
  /** The language of the findings (`micic.locale`); "" for the editor's display language. */
  locale: string;
  /** Code lenses: each population's languages on its channels, the referral pathways, the assembly points' capacity. */
  codeLens: boolean;
}

export const defaultSettings = (): EditorSettings => ({ enable: true, run: "onType", configFile: "", rules: new Map(), locale: "", codeLens: true });

/** Reads the raw `micic` section, keeping what is valid and reporting the rest. */
export function readSettings(raw: unknown, warn: (message: string) => void): EditorSettings {
  const settings = defaultSettings();
  if (typeof raw !== "object" || raw === null) return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === "boolean") settings.enable = r.enable;
  if (r.run === "onSave" || r.run === "onType") settings.run = r.run;
  if (typeof r.configFile === "string") settings.configFile = r.configFile;
  const codeLens = r.codeLens as { enable?: unknown } | undefined;
  if (typeof codeLens?.enable === "boolean") settings.codeLens = codeLens.enable;
  if (typeof r.locale === "string") {
    if (r.locale === "" || supportedLocale(r.locale)) settings.locale = r.locale;
    else warn(`micic.locale '${r.locale}' is not a language micic-plan speaks: use en, ru, uz or uz-Cyrl (or leave it empty for VS Code's language)`);
  }
  if (typeof r.rules === "object" && r.rules !== null) {
    for (const [key, value] of Object.entries(r.rules as Record<string, unknown>)) {
      try {
        const [code, setting] = ruleSetting(key, value, "setting micic.rules", micicRules);
        settings.rules.set(code, setting);
      } catch (error) {
        warn((error as Error).message);
      }
    }
  }
  return settings;
}
