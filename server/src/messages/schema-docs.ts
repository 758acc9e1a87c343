/**
 * The editor's help on the plan language in the user's language: what each
 * block and attribute is for (the schema's `doc`, core/schema.ts), what each
 * allowed value means (core/value-docs.ts), what a value type takes, and the
 * few words completion and hover put around them. English stays where it is
 * written, in the schema and the value table, and is the source; Russian
 * (schema-docs-ru.ts) and Uzbek in Latin script (schema-docs-uz.ts) are
 * translated entry by entry, and Uzbek in Cyrillic script is the Latin
 * transliterated (cyrillic.ts), the plan's words between backticks kept.
 *
 * A text is found by a key: `block:population`, `attribute:population.languages`,
 * `value:channel.medium.cell-broadcast` (the value's sentence) and
 * `gist:channel.medium.cell-broadcast` (its few words). An entry a
 * translation lacks is given in English, never as its key.
 */
import type { LocalizedMessage } from "../core/rule";
import { attributeSpec, blockSpec, describeType, type AttributeSpec, type ValueType } from "../core/schema";
import { valueDoc, type ValueDoc } from "../core/value-docs";
import { uzbekToCyrillic } from "./cyrillic";
import type { Locale } from "./locales";
import { schemaDocsRu } from "./schema-docs-ru";
import { schemaDocsUz } from "./schema-docs-uz";
import { translator } from "./translate";

/** A translation of the schema's help: by block kind, by `block.attribute`, and by `block.attribute` then value. */
export interface SchemaDocsTranslation {
  readonly blocks: Readonly<Record<string, string>>;
  readonly attributes: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, Readonly<Record<string, ValueDoc>>>>;
}

export const SCHEMA_DOC_TRANSLATIONS: Readonly<Record<"ru" | "uz", SchemaDocsTranslation>> = { ru: schemaDocsRu, uz: schemaDocsUz };

/** A `value:`/`gist:` key's parts: `channel.medium.cell-broadcast` → channel, medium, cell-broadcast (attribute names and values hold no dot). */
function valueParts(path: string): [string, string, string] | undefined {
  const parts = path.split(".");
  return parts.length === 3 ? (parts as [string, string, string]) : undefined;
}

/** The English text of a key, from the schema or the value table; undefined for a key they do not know. */
function english(kind: string, path: string): string | undefined {
  switch (kind) {
    case "block":
      return blockSpec(path)?.doc;
    case "attribute": {
      const [block, attribute] = path.split(".");
      return attribute === undefined ? undefined : attributeSpec(block, attribute)?.doc;
    }
    case "value":
    case "gist": {
      const parts = valueParts(path);
      const described = parts && valueDoc(...parts);
      return described && (kind === "value" ? described.doc : described.gist);
    }
    default:
      return undefined;
  }
}

/** A translation's own text for a key, if it has one. */
function translated(translation: SchemaDocsTranslation, kind: string, path: string): string | undefined {
  const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
  switch (kind) {
    case "block":
      return own(translation.blocks, path);
    case "attribute":
      return own(translation.attributes, path);
    case "value":
    case "gist": {
      const parts = valueParts(path);
      if (!parts) return undefined;
      const table = own(translation.values, `${parts[0]}.${parts[1]}`);
      const described = table && own(table, parts[2]);
      return described && (kind === "value" ? described.doc : described.gist);
    }
    default:
      return undefined;
  }
}

/**
 * The help text a key names, in a locale: its translation, else the
 * English; undefined only for a key the schema and the value table do not
 * know (an attribute of another block, a value the attribute does not take).
 */
export function schemaDoc(locale: Locale, key: string): string | undefined {
  return schemaDocIn(SCHEMA_DOC_TRANSLATIONS, locale, key);
}

/** schemaDoc over the translations given: the module's own, or a test's partial ones. */
export function schemaDocIn(translations: Readonly<Record<"ru" | "uz", SchemaDocsTranslation>>, locale: Locale, key: string): string | undefined {
  const colon = key.indexOf(":");
  if (colon < 0) return undefined;
  const kind = key.slice(0, colon);
  const path = key.slice(colon + 1);
  const source = english(kind, path);
  if (source === undefined || locale === "en") return source;
  const text = translated(translations[locale === "uz-Cyrl" ? "uz" : locale], kind, path);
  if (text === undefined) return source;
  return locale === "uz-Cyrl" ? uzbekToCyrillic(text) : text;
}

/** What a block is for, in a locale. */
export function blockDoc(locale: Locale, kind: string): string | undefined {
  return schemaDoc(locale, `block:${kind}`);
}

/** What an attribute of a block is for, in a locale. */
export function attributeDoc(locale: Locale, blockKind: string, attribute: string): string | undefined {
  return schemaDoc(locale, `attribute:${blockKind}.${attribute}`);
}

/** What an allowed value of an attribute means (its gist and its sentence), in a locale; undefined for a value the attribute does not take. */
export function localizedValueDoc(locale: Locale, blockKind: string, attribute: string, value: string): ValueDoc | undefined {
  const path = `${blockKind}.${attribute}.${value}`;
  const doc = schemaDoc(locale, `value:${path}`);
  const gist = schemaDoc(locale, `gist:${path}`);
  return doc === undefined || gist === undefined ? undefined : { gist, doc };
}

/**
 * The words completion and hover put around the schema's help. Russian and
 * Uzbek write the plan's words between backticks (docs/glossary.md), so they
 * read as code and stay Latin in Cyrillic script; the English keeps the
 * form it always had.
 */
const WORDS = {
  attributes: { en: "Attributes: {names}", ru: "Атрибуты: {names}", uz: "Atributlar: {names}" },
  blocks: { en: "Blocks: {names}", ru: "Блоки: {names}", uz: "Bloklar: {names}" },
  values: { en: "Values:", ru: "Значения:", uz: "Qiymatlar:" },
  expected: { en: "_Expected by the MICIC rules._", ru: "_Требуется правилами MICIC._", uz: "_MICIC qoidalari buni talab qiladi._" },
  expectedMark: { en: "\\* expected by the MICIC rules", ru: "\\* требуется правилами MICIC", uz: "\\* MICIC qoidalari talab qiladi" },
  blockDetail: { en: "{kind} block", ru: "блок `{kind}`", uz: "`{kind}` bloki" },
  listDetail: { en: "list: {type}", ru: "список: {type}", uz: "roʻyxat: {type}" },
  takesList: { en: "a list of {type}", ru: "список, каждое значение которого — {type}", uz: "roʻyxat, uning har bir qiymati — {type}" },
  valueOf: {
    en: "A value of {attribute}, which takes {type}.",
    ru: "Значение атрибута {attribute}; допустимо: {type}.",
    uz: "{attribute} atributining qiymati; mumkin boʻlgani: {type}.",
  },
  suggestValues: { en: "Suggest values", ru: "Предложить значения", uz: "Qiymatlarni taklif qilish" },
  today: { en: "Today''s date", ru: "Сегодняшняя дата", uz: "Bugungi sana" },
  todayDoc: { en: "Today''s date.", ru: "Сегодняшняя дата.", uz: "Bugungi sana." },
  contact: { en: "Contact: {contact}", ru: "Контакт: {contact}", uz: "Aloqa: {contact}" },
  isoName: { en: "ISO name: {name}", ru: "Название по ISO: {name}", uz: "ISO boʻyicha nomi: {name}" },
  countryCode: { en: "ISO 3166-1 alpha-2 country code", ru: "двухбуквенный код страны по ISO 3166-1", uz: "ISO 3166-1 boʻyicha ikki harfli mamlakat kodi" },
  languageCode: { en: "ISO 639 language code", ru: "код языка по ISO 639", uz: "ISO 639 boʻyicha til kodi" },
  planTitle: { en: "Plan title", ru: "Название плана", uz: "Reja nomi" },
  name: { en: "Name", ru: "Название", uz: "Nomi" },
  /** What a type takes, as a noun phrase on its own ("a number": completion's detail, hover's first line). */
  type: {
    en: "{kind, select, string {a quoted text (\"…\")} number {a number} date {a date (YYYY-MM-DD)} boolean {yes or no} word {one of {words}} country {a country code (ISO 3166-1 alpha-2, like KG)} language {a language code (ISO 639, like ru or prs)} reference {the id of a {target}{all, select, yes {, or all} other {}}} duration {a duration (90d, 12h) or a quoted text} other {a word or a quoted text}}",
    ru: "{kind, select, string {текст в кавычках (\"…\")} number {число} date {дата (ГГГГ-ММ-ДД)} boolean {`yes` или `no`} word {одно из значений {words}} country {код страны (по ISO 3166-1, две буквы, например `KG`)} language {код языка (по ISO 639, например `ru` или `prs`)} reference {идентификатор блока `{target}`{all, select, yes { или `all`} other {}}} duration {длительность (`90d`, `12h`) или текст в кавычках} other {слово или текст в кавычках}}",
    uz: "{kind, select, string {qoʻshtirnoqdagi matn (\"…\")} number {son} date {sana (yyyy-oo-kk)} boolean {`yes` yoki `no`} word {{words} qiymatlaridan biri} country {mamlakat kodi (ISO 3166-1 boʻyicha ikki harf, masalan, `KG`)} language {til kodi (ISO 639 boʻyicha, masalan, `ru` yoki `prs`)} reference {`{target}` blokining identifikatori{all, select, yes { yoki `all`} other {}}} duration {davomiylik (`90d`, `12h`) yoki qoʻshtirnoqdagi matn} other {soʻz yoki qoʻshtirnoqdagi matn}}",
  },
  /** The same as the object of "takes" (hover's "… which takes {type}"): Russian "дату", Uzbek "sonni". */
  typeTaken: {
    en: "{kind, select, string {a quoted text (\"…\")} number {a number} date {a date (YYYY-MM-DD)} boolean {yes or no} word {one of {words}} country {a country code (ISO 3166-1 alpha-2, like KG)} language {a language code (ISO 639, like ru or prs)} reference {the id of a {target}{all, select, yes {, or all} other {}}} duration {a duration (90d, 12h) or a quoted text} other {a word or a quoted text}}",
    ru: "{kind, select, string {текст в кавычках (\"…\")} number {число} date {дату (ГГГГ-ММ-ДД)} boolean {`yes` или `no`} word {одно из значений {words}} country {код страны (по ISO 3166-1, две буквы, например `KG`)} language {код языка (по ISO 639, например `ru` или `prs`)} reference {идентификатор блока `{target}`{all, select, yes { или `all`} other {}}} duration {длительность (`90d`, `12h`) или текст в кавычках} other {слово или текст в кавычках}}",
    uz: "{kind, select, string {qoʻshtirnoqdagi matnni (\"…\")} number {sonni} date {sanani (yyyy-oo-kk)} boolean {`yes` yoki `no` ni} word {{words} qiymatlaridan birini} country {mamlakat kodini (ISO 3166-1 boʻyicha ikki harf, masalan, `KG`)} language {til kodini (ISO 639 boʻyicha, masalan, `ru` yoki `prs`)} reference {`{target}` blokining identifikatorini{all, select, yes { yoki `all` ni} other {}}} duration {davomiylikni (`90d`, `12h`) yoki qoʻshtirnoqdagi matnni} other {soʻzni yoki qoʻshtirnoqdagi matnni}}",
  },
} satisfies Record<string, LocalizedMessage>;

export type SchemaWord = Exclude<keyof typeof WORDS, "type" | "typeTaken">;

/** One of the words around the schema's help, in a locale, its placeholders filled. */
export function schemaWord(locale: Locale, id: SchemaWord, params?: Record<string, string>): string {
  return translator(locale).localized(WORDS[id], params);
}

/** A plan word as the locale's help writes it: as it is in English, between backticks in the translations. */
export function planWord(locale: Locale, word: string): string {
  return locale === "en" ? word : `\`${word}\``;
}

/**
 * What a value type takes, in a locale: the schema's own words in English
 * (describeType), the translation's elsewhere. `taken`: as the object of
 * "takes" (hover's "… which takes {type}"), where Russian and Uzbek say it
 * in another case.
 */
export function typeDescription(locale: Locale, type: ValueType, taken = false): string {
  if (locale === "en") return describeType(type);
  const say = translator(locale);
  const words = type.kind === "word" ? say.list(type.words.map((w) => planWord(locale, w)), { type: "disjunction", max: type.words.length }) : "";
  return say.localized(taken ? WORDS.typeTaken : WORDS.type, {
    kind: type.kind === "duration-or-string" ? "duration" : type.kind === "word-or-string" ? "wordOrText" : type.kind,
    words,
    target: type.kind === "reference" ? type.target : "",
    all: type.kind === "reference" && type.allowAll ? "yes" : "no",
  });
}

/**
 * What an attribute takes, as hover's first line says it: "a list of
 * country code (…)" in English as before, "список, каждое значение
 * которого — код страны (…)" in Russian.
 */
export function attributeTakes(locale: Locale, spec: AttributeSpec): string {
  const type = typeDescription(locale, spec.type);
  if (locale === "en") return `${spec.list ? "a list of " : ""}${type.replace(/^(a|an) /, spec.list ? "" : "$1 ")}`;
  return spec.list ? schemaWord(locale, "takesList", { type }) : type;
}
