/**
 * How a rule speaks: its messages (meta.messages) in the language the check
 * was asked for, lists joined and bounded as that language joins them, and
 * the guidelines cited in its words. A rule's check takes its voice from
 * the context once and writes every message and fix title through it:
 *
 *   const messages = { noContact: { en: "…", ru: "…", uz: "…" } } satisfies RuleMessages;
 *   …meta: { …, guidelines, messages }, check(context) {
 *     const say = voice(messages, guidelines, context);
 *     context.report({ message: say.t("noContact", { name }), … });
 */
import { countryName, languageKey, languageName, parseLanguageTag } from "../core/codes";
import type { CheckOptions, RuleMessages } from "../core/rule";
import { CATALOGS, type MessageId } from "../messages/catalog";
import { supportedLocale, type Locale } from "../messages/locales";
import { translator, type MessageParams } from "../messages/translate";

export interface RuleVoice<Id extends string> {
  readonly locale: Locale;
  /** The rule's message `id`, its placeholders filled. */
  t(id: Id, params?: MessageParams): string;
  /** "a, b and c"; past `max` (five) items, the first five and how many more: every message is bounded. */
  list(items: readonly string[], options?: { type?: "conjunction" | "disjunction"; max?: number }): string;
  /** The rule's guidelines, or those given: "MICIC Guidelines 6 and 9", "Руководящие принципы MICIC, рекомендации 6 и 9". */
  cite(guidelines?: readonly string[]): string;
  /**
   * A word of the plan (a keyword, an allowed value) in running text: as it
   * is in English, where the messages were written around it; between
   * backticks in the translations (docs/glossary.md), so it reads as code and
   * stays Latin in Cyrillic script.
   */
  word(text: string): string;
  /** A language with its code: "Kirghiz (kir)" in English (the ISO name), "киргизский (kir)" in Russian (CLDR's); `shownAs`, the code to show when it is not the one named. */
  language(code: string, shownAs?: string): string;
  /** A script's name: "Latin" in English, "латиница" in Russian (CLDR's). */
  script(code: string): string;
  /** A country with its code: "Киргизия (KG)" (CLDR's name); in English the ISO name, or `english` when the rule words it itself ("the Philippines"). */
  country(code: string, english?: (code: string) => string): string;
  /** A referral need in running text: "health care", "медицинская помощь" (the catalog's need.*); the word itself when it is none. */
  need(need: string): string;
  /** The title of a suggestion that sets an attribute: "Commit the plan to 'consent: informed'" (setAttributeFix's default, in this language). */
  commitTo(attribute: string, value: string): string;
  /** The title of a suggestion that adds values to a list: "Add 'ru' and 'ky' to 'languages'" (addValuesFix's default, in this language). */
  addValues(attribute: string, values: readonly string[]): string;
}

/** The voice of a rule for one check: its messages, the guidelines it cites, and the check's context. */
export function voice<M extends RuleMessages>(messages: M, guidelines: readonly string[], context: { options: CheckOptions }): RuleVoice<Extract<keyof M, string>> {
  const locale = supportedLocale(context.options.locale) ?? "en";
  const speaker = translator(locale);
  // The plan's own words in a title: quoted as the English titles always
  // were, in backticks in the translations (docs/glossary.md).
  const code = (text: string) => (locale === "en" ? `'${text}'` : `\`${text}\``);
  return {
    locale,
    t: (id, params) => speaker.localized(messages[id], params),
    list: (items, options) => speaker.list(items, options),
    cite: (cited = guidelines) => speaker.cite(cited),
    language: (code, shownAs = code) => languageLabel(locale, code, shownAs),
    script: (code) => turnedComma(scriptName(locale, code))!,
    country: (code, english) => {
      if (locale === "en" && english) return english(code);
      const name = locale === "en" ? countryName(code) : turnedComma(localCountryName(locale, code));
      return name ? `${name} (${code})` : code;
    },
    word: (text) => (locale === "en" ? text : `\`${text}\``),
    need: (need) => {
      const id = `need.${need}` as MessageId;
      if (!(id in CATALOGS.en)) return need;
      const title = speaker.t(id);
      return title.charAt(0).toLowerCase() + title.slice(1);
    },
    commitTo: (attribute, value) => speaker.t("fix.commitTo", { setting: code(`${attribute}: ${value}`) }),
    addValues: (attribute, values) => speaker.t("fix.addValues", { attribute: code(attribute), values: speaker.list(values.map(code)) }),
  };
}

/** "Tajik (tg)", "таджикский (tg)": a language named in a locale's words, with the code as written. */
export function languageLabel(locale: Locale, code: string, shownAs = code): string {
  const name = locale === "en" ? languageName(code) : turnedComma(localLanguageName(locale, code));
  return name ? `${name} (${shownAs})` : shownAs;
}

const languageNamers = new Map<Locale, Intl.DisplayNames>();

/**
 * A language's name in a locale's words, from the runtime's CLDR data: the
 * code in any of its forms mapped to the tag ICU knows (kir → ky); the ISO
 * name in English when ICU has none.
 */
function localLanguageName(locale: Locale, code: string): string | undefined {
  const tag = parseLanguageTag(code);
  if (!tag) return undefined;
  let namer = languageNamers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
    languageNamers.set(locale, namer);
  }
  try {
    return namer.of([languageKey(code) ?? tag.language, tag.script, tag.region].filter(Boolean).join("-")) ?? languageName(code);
  } catch {
    return languageName(code);
  }
}

const regionNamers = new Map<Locale, Intl.DisplayNames>();

/** A country's name in a locale's words (CLDR); the ISO name in English when ICU has none. */
function localCountryName(locale: Locale, code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return countryName(code);
  let namer = regionNamers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    regionNamers.set(locale, namer);
  }
  try {
    return namer.of(code) ?? countryName(code);
  } catch {
    return countryName(code);
  }
}

const scriptNamers = new Map<Locale, Intl.DisplayNames>();

/** A script's name in a locale's words (CLDR), the code when ICU has none. */
function scriptName(locale: Locale, code: string): string {
  let namer = scriptNamers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: "script", fallback: "none" });
    scriptNamers.set(locale, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code;
  }
}

/** CLDR writes Uzbek oʻ and gʻ with ‘ (U+2018); the messages, as docs/glossary.md asks, with ʻ (U+02BB). */
function turnedComma<T extends string | undefined>(name: T): T {
  return (name === undefined ? name : name.replace(/([oOgG])[‘’']/g, "$1ʻ")) as T;
}
