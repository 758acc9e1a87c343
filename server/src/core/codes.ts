/**
 * Country and language codes (ISO 3166-1 alpha-2 and ISO 639), with names,
 * from maintained packages rather than a list of our own; and the
 * did-you-mean search every schema finding uses.
 */
import { iso31661 } from "iso-3166";
import { distance } from "fastest-levenshtein";
import { languageKeys, languageNames } from "./language-names";
import { byCodeUnits } from "./text";

export interface CodeEntry {
  code: string;
  name: string;
}

let countryIndex: Map<string, CodeEntry> | undefined;
let languageIndex: Map<string, CodeEntry> | undefined;

/** ISO 3166-1 alpha-2 codes (assigned), keyed by code. */
export function countries(): Map<string, CodeEntry> {
  countryIndex ??= new Map(iso31661.map((c) => [c.alpha2, { code: c.alpha2, name: c.name }]));
  return countryIndex;
}

/**
 * ISO 639 codes: 639-1 (`ru`), 639-2/B and 639-2/T, and 639-3 (`prs`), keyed
 * by code, for completion. Built when first asked for; a check needs only
 * isLanguageCode and languageName, which read the table as it is.
 */
export function languages(): Map<string, CodeEntry> {
  languageIndex ??= new Map(Object.entries(languageNames).map(([code, name]) => [code, { code, name }]));
  return languageIndex;
}

/** A language code split into its parts: `uz-Cyrl-UZ` → uz, Cyrl, UZ. */
export interface LanguageTag {
  /** The ISO 639 code: two or three lower-case letters. */
  language: string;
  /** An ISO 15924 script (`Cyrl`, `Latn`), in its title case. */
  script?: string;
  /** An ISO 3166-1 alpha-2 region (`UZ`) or a UN M.49 area (`419`). */
  region?: string;
}

const TAG = /^([a-z]{2,3})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|\d{3}))?$/;

/**
 * The parts of a language code in any of its common forms (docs/spec/LANGUAGE.md):
 * ISO 639-1 (`ru`), 639-2/T and /B (`rus`, `per`), 639-3 (`prs`), and BCP 47
 * tags with a script, a region or both (`uz-Cyrl`, `ru-RU`, `uz-Latn-UZ`).
 * Undefined when it names no language, or its region is no country.
 */
export function parseLanguageTag(code: string): LanguageTag | undefined {
  const match = TAG.exec(code);
  if (!match || !Object.hasOwn(languageNames, match[1])) return undefined;
  const [, language, script, region] = match;
  if (region && !/^\d/.test(region) && !countries().has(region)) return undefined;
  return { language, ...(script ? { script } : {}), ...(region ? { region } : {}) };
}

export function isLanguageCode(code: string): boolean {
  return parseLanguageTag(code) !== undefined;
}

/**
 * The language a code names, as one code, so that two codes of one language
 * are equal: `rus`, `ru`, `ru-RU` → `ru`; `uzb`, `uz-Cyrl`, `uz-Latn` → `uz`;
 * `prs` → `prs`. The script and the region do not count (a channel in
 * uz-Latn and a group that reads uz-Cyrl share a language; whether they
 * share a script is a question of its own). Undefined for no language.
 */
export function languageKey(code: string): string | undefined {
  const tag = parseLanguageTag(code);
  return tag && (languageKeys[tag.language] ?? tag.language);
}

/** Whether two codes name one language (see languageKey). */
export function sameLanguage(a: string, b: string): boolean {
  const key = languageKey(a);
  return key !== undefined && key === languageKey(b);
}

export function countryName(code: string): string | undefined {
  return countries().get(code)?.name;
}

/** "Russian" for ru, rus and ru-RU; "Uzbek (Cyrillic)" for uz-Cyrl. */
export function languageName(code: string): string | undefined {
  const tag = parseLanguageTag(code);
  if (!tag) return undefined;
  const name = languageNames[tag.language];
  return tag.script ? `${name} (${scriptName(tag.script)})` : name;
}

let scriptNames: Intl.DisplayNames | undefined;

/** A script's English name (Cyrl → Cyrillic), from ICU; made when first needed, since ICU's names cost start-up time. */
function scriptName(script: string): string {
  scriptNames ??= new Intl.DisplayNames(["en"], { type: "script", fallback: "code" });
  return scriptNames.of(script) ?? script;
}

let alpha3Index: Map<string, string> | undefined;

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (`UZB` → `UZ`), in any case; undefined for anything else. */
export function countryFromAlpha3(code: string): string | undefined {
  alpha3Index ??= new Map(iso31661.map((c) => [c.alpha3, c.alpha2]));
  return alpha3Index.get(code.toUpperCase());
}

/** A country code for a name, a mis-cased code or an alpha-3 code (`kg`, `Kyrgyzstan`, `KGZ`). */
export function suggestCountry(word: string): string | undefined {
  const upper = word.toUpperCase();
  if (countries().has(upper)) return upper;
  const fromAlpha3 = countryFromAlpha3(upper);
  if (fromAlpha3) return fromAlpha3;
  const lower = word.toLowerCase();
  for (const c of countries().values()) {
    if (c.name.toLowerCase() === lower || c.name.toLowerCase().startsWith(lower + " ")) return c.code;
  }
  return undefined;
}

/** A language code for a name or a mis-cased code (`RU`, `Russian`). */
export function suggestLanguage(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (isLanguageCode(lower)) return lower;
  // A tag in the wrong case (UZ-cyrl): its canonical spelling, uz-Cyrl.
  if (word.includes("-")) {
    try {
      const [canonical] = Intl.getCanonicalLocales(word);
      if (canonical && isLanguageCode(canonical)) return canonical;
    } catch {
      // Not a well-formed tag: no suggestion from here.
    }
  }
  return codesByLowerName().get(lower);
}

let languageByName: Map<string, string> | undefined;

/**
 * Each language's name in lower case → its code, built once: a plan with
 * thousands of unknown codes would otherwise read the 7,900 names for each.
 * A name keeps its two-letter code when it has one; else its 639-3 code,
 * which the table lists before its 639-2 codes.
 */
function codesByLowerName(): Map<string, string> {
  if (!languageByName) {
    languageByName = new Map();
    for (const code in languageNames) {
      const name = languageNames[code].toLowerCase();
      const best = languageByName.get(name);
      if (!best || code.length < best.length) languageByName.set(name, code);
    }
  }
  return languageByName;
}

/**
 * The candidates closest to `word`, best first: a mis-cased match, then those
 * within an edit distance that grows with the word's length, then those the
 * word begins. Empty when nothing is close enough to be a plausible typo.
 */
export function didYouMean(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const c = candidate.toLowerCase();
    let score: number;
    if (c === lower) score = 0;
    else {
      const d = isTransposition(lower, c) ? 1 : distance(lower, c);
      if (d <= limit) score = d;
      else if (lower.length >= 3 && c.startsWith(lower)) score = limit + 0.5;
      else continue;
    }
    scored.push({ candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || byCodeUnits(a.candidate, b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

/** Two letters swapped side by side (`mse` for `mes`): one slip of the fingers. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
