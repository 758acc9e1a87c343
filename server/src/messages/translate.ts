/**
 * Messages by id, in the user's language: ICU MessageFormat (plurals by
 * CLDR's rules, so Russian says "1 население", "3 населения", "5
 * населений"), lists joined as the language joins them (Intl.ListFormat),
 * numbers written as it writes them. English is the source and the
 * fallback; Uzbek in Cyrillic script is the Latin translation transliterated
 * (cyrillic.ts), placeholders and `code` left as they are.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { LocalizedMessage } from "../core/rule";
import { CATALOGS, type MessageId } from "./catalog";
import { uzbekToCyrillic } from "./cyrillic";
import type { Locale } from "./locales";

/** Values a message's placeholders take: text, numbers (plurals), dates. */
export type MessageParams = Record<string, string | number | Date>;

/** How many items a list names before it counts the rest (every output is bounded). */
export const NAMED_IN_LIST = 5;

export interface Translator {
  readonly locale: Locale;
  /** The message `id` with its placeholders filled. */
  t(id: MessageId, params?: MessageParams): string;
  /** "a, b and c" in the locale's words; past `max` items, the first `max` and how many more. */
  list(items: readonly string[], options?: { type?: "conjunction" | "disjunction"; max?: number }): string;
  /** A count as the locale writes numbers ("22 000" in Russian). */
  number(value: number): string;
  /** A message given in every language (a rule's), in this one, its placeholders filled. */
  localized(message: LocalizedMessage, params?: MessageParams): string;
  /** The guidelines and principles a finding cites ("MICIC Guidelines 6 and 9"), in this language. */
  cite(guidelines: readonly string[]): string;
}

/** A message's text in a locale: its own translation, or the source's. */
function source(locale: Locale, id: MessageId): { text: string; transliterate: boolean } {
  if (locale === "uz-Cyrl") return { text: CATALOGS.uz[id], transliterate: true };
  return { text: CATALOGS[locale][id], transliterate: false };
}

/**
 * The literal parts of a parsed message in Cyrillic script, its placeholders
 * and plural forms' structure kept. The plan's words stand between
 * backticks, and a backtick pair may hold a placeholder (`need: {word}`),
 * so which stretch is code is followed across the literal parts.
 */
function toCyrillic(elements: MessageFormatElement[], state = { inCode: false }): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) {
      const value = element.value
        .split("`")
        .map((part, i) => {
          if (i > 0) state.inCode = !state.inCode;
          return state.inCode ? part : uzbekToCyrillic(part);
        })
        .join("`");
      return { ...element, value };
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      // Each form starts where the message stands, and ends there too.
      const at = state.inCode;
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => {
          const inner = { inCode: at };
          return [key, { ...option, value: toCyrillic(option.value, inner) }];
        }),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: toCyrillic(element.children, state) };
    return element;
  });
}

const translators = new Map<Locale, Translator>();

/** The translator for a locale, made once. */
export function translator(locale: Locale): Translator {
  let made = translators.get(locale);
  if (!made) {
    made = makeTranslator(locale);
    translators.set(locale, made);
  }
  return made;
}

function makeTranslator(locale: Locale): Translator {
  const formats = new Map<MessageId, IntlMessageFormat>();
  const numbers = new Intl.NumberFormat(locale);
  // ICU has no list patterns of its own for Uzbek in Cyrillic script (it
  // joins with commas alone): the Latin patterns' words, transliterated.
  // English lists without the serial comma ("a, b and c"), as the rules'
  // messages write them: British usage, which ICU calls en-GB.
  const listLocale = locale === "uz-Cyrl" ? "uz" : locale === "en" ? "en-GB" : locale;
  const listFormats = { conjunction: new Intl.ListFormat(listLocale, { type: "conjunction" }), disjunction: new Intl.ListFormat(listLocale, { type: "disjunction" }) };
  const joinList = (items: readonly string[], type: "conjunction" | "disjunction"): string =>
    listFormats[type]
      .formatToParts(items)
      .map((part) => (part.type === "literal" && locale === "uz-Cyrl" ? uzbekToCyrillic(part.value) : part.value))
      .join("");
  const format = (id: MessageId): IntlMessageFormat => {
    let message = formats.get(id);
    if (!message) {
      const { text, transliterate } = source(locale, id);
      message = new IntlMessageFormat(transliterate ? toCyrillic(parse(text)) : text, locale);
      formats.set(id, message);
    }
    return message;
  };
  // A rule's messages are objects of its metadata, made once: their
  // formats are kept by the object, and go with it.
  const localizedFormats = new WeakMap<LocalizedMessage, IntlMessageFormat>();
  const citations = new Map<string, string>();
  const self: Translator = {
    locale,
    t(id, params) {
      return String(format(id).format(params));
    },
    localized(message, params) {
      let compiled = localizedFormats.get(message);
      if (!compiled) {
        const text = locale === "uz-Cyrl" ? message.uz : message[locale];
        compiled = new IntlMessageFormat(locale === "uz-Cyrl" ? toCyrillic(parse(text)) : text, locale);
        localizedFormats.set(message, compiled);
      }
      return String(compiled.format(params));
    },
    cite(guidelines) {
      const key = guidelines.join(" ");
      let citation = citations.get(key);
      if (citation === undefined) {
        const numbers = (prefix: string) => guidelines.filter((g) => g.startsWith(prefix)).map((g) => g.slice(1));
        const parts: string[] = [];
        const principles = numbers("P");
        const rest = numbers("G");
        if (principles.length > 0) parts.push(self.t("cite.principles", { count: principles.length, numbers: joinList(principles, "conjunction") }));
        if (rest.length > 0) parts.push(self.t("cite.guidelines", { count: rest.length, numbers: joinList(rest, "conjunction") }));
        citation = self.t("cite.micic", { parts: parts.join(", ") });
        citations.set(key, citation);
      }
      return citation;
    },
    number(value) {
      return numbers.format(value);
    },
    list(items, options = {}) {
      const max = options.max ?? NAMED_IN_LIST;
      const type = options.type ?? "conjunction";
      if (items.length <= max) return joinList(items, type);
      return self.t(type === "disjunction" ? "list.orMore" : "list.andMore", { named: items.slice(0, max).join(", "), more: items.length - max });
    },
  };
  return self;
}
