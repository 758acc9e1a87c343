/**
 * Language names by ISO 639 code: 639-1 (`ru`), 639-3 (`prs`), 639-2/B and
 * 639-2/T, from the maintained iso-639-3 package. Each of a language's codes
 * is listed in that order (two letters first, then its 639-3 code); no code
 * belongs to two languages.
 *
 * A plain object, not a Map, and the bundles carry it already built:
 * scripts/build.mjs evaluates this module at build time and puts the table
 * in its place. Building it from the package's 7,900 rows at start cost
 * every run of the command 12 to 17 ms, more than the check of a small plan.
 */
import { iso6393 } from "iso-639-3";

export const languageNames: Readonly<Record<string, string>> = buildLanguageNames();

function buildLanguageNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const language of iso6393) {
    for (const code of [language.iso6391, language.iso6393, language.iso6392B, language.iso6392T]) {
      if (code && !Object.hasOwn(names, code)) names[code] = language.name;
    }
  }
  return names;
}
