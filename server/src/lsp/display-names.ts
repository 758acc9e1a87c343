/**
 * Names of languages and countries in the user's language, for hover and
 * completion: `uz-Cyrl` is "узбекский (кириллица)" to a Russian editor,
 * "o‘zbek (kirill)" to an Uzbek one, "Uzbek (Cyrillic)" in English. The
 * names are ICU's (Intl.DisplayNames), in the locale the client sent in
 * `initialize`; English when it sent none or one ICU cannot name things in;
 * and the ISO tables' English name for the codes ICU has no name for (most
 * of the 7,900 ISO 639-3 codes).
 *
 * ICU names languages by their shortest code, so a code is turned into the
 * tag it knows first: `kir` → `ky`, `rus-RU` → `ru-RU` (core/codes.ts).
 *
 * One locale per server: a client speaks one language (the server serves
 * one client), so it is module state, set once at initialization.
 */
import { countries, countryName, languageKey, languageName, languages, parseLanguageTag } from "../core/codes";

const FALLBACK_LOCALE = "en";

let locale = FALLBACK_LOCALE;
let namers: { language: Intl.DisplayNames; region: Intl.DisplayNames } | undefined;
/** Names already asked for in the current locale, by code as written (undefined: no such code). */
const languageCache = new Map<string, string | undefined>();
const countryCache = new Map<string, string | undefined>();

/**
 * Sets the locale names are given in: the client's `locale` (a BCP 47 tag
 * such as `ru`, `uz-Cyrl`, `en-GB`; `ru_RU` is read as `ru-RU`). English for
 * none, a malformed tag, or a language ICU has no names in.
 */
export function setDisplayLocale(requested: string | undefined | null): void {
  const next = supportedDisplayLocale(requested);
  if (next !== locale) {
    locale = next;
    namers = undefined;
    languageCache.clear();
    countryCache.clear();
  }
}

/** The locale names are given in now. */
export function displayLocale(): string {
  return locale;
}

function supportedDisplayLocale(requested: string | undefined | null): string {
  if (!requested) return FALLBACK_LOCALE;
  try {
    const tag = requested.trim().split(/[.@]/)[0].replace(/_/g, "-");
    const [supported] = Intl.DisplayNames.supportedLocalesOf(Intl.getCanonicalLocales(tag));
    return supported ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

function namersFor(): { language: Intl.DisplayNames; region: Intl.DisplayNames } {
  // `fallback: "none"`: undefined for a code ICU cannot name, rather than the code itself.
  namers ??= {
    language: new Intl.DisplayNames([locale], { type: "language", fallback: "none" }),
    region: new Intl.DisplayNames([locale], { type: "region", fallback: "none" }),
  };
  return namers;
}

/** The tag ICU knows a language code by: `kir` → `ky`, `rus-RU` → `ru-RU`, `uz-Cyrl` as it is. */
export function displayTag(code: string): string | undefined {
  const tag = parseLanguageTag(code);
  if (!tag) return undefined;
  return [languageKey(code) ?? tag.language, tag.script, tag.region].filter(Boolean).join("-");
}

/**
 * A language code's name in the display locale: "киргизский" for `ky`,
 * `kir` and `kir-KG`'s language (with its script or region in brackets when
 * the code names one); the ISO name in English when ICU has none.
 * Undefined for a code that names no language.
 */
export function languageDisplayName(code: string): string | undefined {
  if (languageCache.has(code)) return languageCache.get(code);
  const tag = displayTag(code);
  let name: string | undefined;
  if (tag) {
    try {
      name = namersFor().language.of(tag);
    } catch {
      // A tag ICU refuses: the English name below.
    }
    name ??= languageName(code);
  }
  languageCache.set(code, name);
  return name;
}

/** A country code's name in the display locale ("Киргизия" for KG); undefined for no assigned code. */
export function countryDisplayName(code: string): string | undefined {
  if (countryCache.has(code)) return countryCache.get(code);
  let name: string | undefined;
  if (countries().has(code)) {
    try {
      name = namersFor().region.of(code);
    } catch {
      // The English name below.
    }
    name ??= countryName(code);
  }
  countryCache.set(code, name);
  return name;
}

/**
 * The language codes ICU has a name for (some 700 of the 7,900: every
 * two-letter code, and three-letter ones such as `prs`, Dari). Completion
 * matches what is typed against the localized names of these only, since
 * asking ICU about a code it does not know costs some 20 µs, and all of
 * them 140 ms. The set is made in the background, in slices, from the
 * first completion of a language code (warmUpNamedCodes: by the time two
 * letters are typed it is there); whatever is left is made when needed.
 */
let namedCodes: Set<string> | undefined;
let warming: { codes: string[]; next: number; found: Set<string>; probe: Intl.DisplayNames } | undefined;

const WARM_UP_SLICE = 400;

function startWarming(): NonNullable<typeof warming> {
  // English: ICU names at least as many languages in English as in any other locale.
  warming ??= { codes: [...languages().keys()], next: 0, found: new Set(), probe: new Intl.DisplayNames([FALLBACK_LOCALE], { type: "language", fallback: "none" }) };
  return warming;
}

function warmSlice(size: number): boolean {
  const w = startWarming();
  const end = Math.min(w.codes.length, w.next + size);
  for (; w.next < end; w.next++) {
    const code = w.codes[w.next];
    const key = languageKey(code) ?? code;
    try {
      if (w.probe.of(key) !== undefined) w.found.add(code);
    } catch {
      // Not a tag ICU takes: not named.
    }
  }
  if (w.next < w.codes.length) return false;
  namedCodes = w.found;
  warming = undefined;
  return true;
}

/** Makes the set of named codes a slice at a time, between requests. */
export function warmUpNamedCodes(): void {
  if (namedCodes || warming) return;
  startWarming();
  const step = () => {
    // Finished meanwhile by a request that could not wait (codesWithDisplayNames).
    if (namedCodes) return;
    if (!warmSlice(WARM_UP_SLICE)) setImmediate(step);
  };
  setImmediate(step);
}

/** The language codes ICU names (see above), finishing the set now if the warm-up has not. */
export function codesWithDisplayNames(): ReadonlySet<string> {
  if (!namedCodes) warmSlice(Number.POSITIVE_INFINITY);
  return namedCodes!;
}
