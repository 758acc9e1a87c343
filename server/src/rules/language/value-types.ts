/**
 * What an attribute takes, in the user's words: "a date (YYYY-MM-DD)",
 * "дату (ГГГГ-ММ-ДД)", "sanani (yyyy-oo-kk)". SCH002 says it of a wrong
 * value, SCH004 of a place still to fill. The translations are in the
 * accusative, as both rules' sentences need ("впишите дату", "sanani yozing").
 */
import type { AttributeSpec } from "../../core/schema";
import { describeType } from "../../core/schema";
import type { RuleVoice } from "../voice";

/** The message both rules spread into their own messages. */
export const typeMessages = {
  type: {
    en: "{kind, select, string {a quoted text (\"…\")} number {a number} date {a date (YYYY-MM-DD)} boolean {yes or no} word {one of {words}} country {a country code (ISO 3166-1 alpha-2, like KG)} language {a language code (ISO 639, like ru or prs)} reference {the id of a {target}{all, select, yes {, or all} other {}}} duration {a duration (90d, 12h) or a quoted text} other {a word or a quoted text}}",
    ru: "{kind, select, string {текст в кавычках (\"…\")} number {число} date {дату (ГГГГ-ММ-ДД)} boolean {`yes` или `no`} word {одно из значений {words}} country {код страны (по ISO 3166-1, две буквы, например `KG`)} language {код языка (по ISO 639, например `ru` или `prs`)} reference {идентификатор блока `{target}`{all, select, yes { или `all`} other {}}} duration {длительность (`90d`, `12h`) или текст в кавычках} other {слово или текст в кавычках}}",
    uz: "{kind, select, string {qoʻshtirnoqdagi matnni (\"…\")} number {sonni} date {sanani (yyyy-oo-kk)} boolean {`yes` yoki `no` ni} word {{words} qiymatlaridan birini} country {mamlakat kodini (ISO 3166-1 boʻyicha ikki harf, masalan, `KG`)} language {til kodini (ISO 639 boʻyicha, masalan, `ru` yoki `prs`)} reference {`{target}` blokining identifikatorini{all, select, yes { yoki `all` ni} other {}}} duration {davomiylikni (`90d`, `12h`) yoki qoʻshtirnoqdagi matnni} other {soʻzni yoki qoʻshtirnoqdagi matnni}}",
  },
};

/** What a type takes, in the user's words: the schema's English (describeType), or the message's. */
export function expectedOf(type: AttributeSpec["type"], say: RuleVoice<"type">): string {
  if (say.locale === "en") return describeType(type);
  return say.t("type", {
    kind: type.kind === "duration-or-string" ? "duration" : type.kind === "word-or-string" ? "wordOrText" : type.kind,
    words: type.kind === "word" ? say.list(type.words.map(say.word), { type: "disjunction", max: type.words.length }) : "",
    target: type.kind === "reference" ? type.target : "",
    all: type.kind === "reference" && type.allowAll ? "yes" : "no",
  });
}
