/**
 * Language names by ISO 639 code: 639-1 (`ru`), 639-3 (`prs`), 639-2/B and
 * 639-2/T, from the maintained iso-639-3 package. Each of a language's codes
 * is listed in that order (two letters first, then its 639-3 code); no code
 * belongs to two languages.
 *
 * Plain objects, not Maps, and the bundles carry them already built:
 * scripts/build.mjs evaluates this module at build time and puts the tables
 * in its place. Building it from the package's 7,900 rows at start cost
 * every run of the command 12 to 17 ms, more than the check of a small plan.
 */
import { iso6393 } from "iso-639-3";

export const languageNames: Readonly<Record<string, string>> = buildLanguageNames();

/**
 * Each code's language as one code, so that two codes of one language
 * compare equal: its two-letter code where it has one (`rus` → `ru`, `uzb`
 * → `uz`), otherwise its ISO 639-3 code (`prs`). Only codes whose key is
 * not the code itself are listed.
 */
export const languageKeys: Readonly<Record<string, string>> = buildLanguageKeys();

function buildLanguageNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const language of iso6393) {
    for (const code of [language.iso6391, language.iso6393, language.iso6392B, language.iso6392T]) {
      if (code && !Object.hasOwn(names, code)) names[code] = language.name;
    }
  }
  return names;
}

function buildLanguageKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const language of iso6393) {
    const key = language.iso6391 || language.iso6393;
    for (const code of [language.iso6393, language.iso6392B, language.iso6392T]) {
      if (code && code !== key && !Object.hasOwn(keys, code)) keys[code] = key;
    }
  }
  return keys;
}
