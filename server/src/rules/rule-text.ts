/**
 * A rule's documentation in the reader's language: its summary, why it
 * exists, its notes and when its severity differs, as its page, the hover
 * and SARIF's rule help show them. English is the source (meta.summary,
 * meta.docs); Russian and Uzbek are the rule's translations
 * (meta.translations); Uzbek in Cyrillic script is the Latin transliterated
 * (messages/cyrillic.ts), the plan's words in backticks kept. A rule not yet
 * translated is shown in English, never blank.
 */
import type { RuleMeta, RuleText } from "../core/rule";
import { uzbekToCyrillic } from "../messages/cyrillic";
import type { Locale } from "../messages/locales";
import { translator } from "../messages/translate";

/** The English text of a rule's documentation. */
export function englishText(meta: RuleMeta): RuleText {
  return {
    summary: meta.summary,
    why: meta.docs.why,
    ...(meta.docs.notes !== undefined ? { notes: meta.docs.notes } : {}),
    ...(meta.severityWhen !== undefined ? { severityWhen: meta.severityWhen } : {}),
  };
}

const cyrillicTexts = new WeakMap<RuleText, RuleText>();

/** Uzbek Latin text in Cyrillic script, field by field, made once per rule. */
function inCyrillic(text: RuleText): RuleText {
  let made = cyrillicTexts.get(text);
  if (!made) {
    made = Object.fromEntries(Object.entries(text).map(([key, value]) => [key, uzbekToCyrillic(value as string)])) as unknown as RuleText;
    cyrillicTexts.set(text, made);
  }
  return made;
}

/** The rule's documentation in `locale`; English where the rule is not translated. */
export function ruleText(meta: RuleMeta, locale: Locale): RuleText {
  const translations = meta.translations;
  if (locale === "en" || !translations) return englishText(meta);
  if (locale === "ru") return translations.ru;
  return locale === "uz" ? translations.uz : inCyrillic(translations.uz);
}

/**
 * The guidelines a rule comes from, cited in Russian or Uzbek, for the
 * translations of its `why`: "Руководящие принципы MICIC, рекомендация 13",
 * "MICIC qoʻllanmasi, 13-tavsiya", as the rule's messages cite them.
 */
export const citeRu = (guidelines: readonly string[]): string => translator("ru").cite(guidelines);
export const citeUz = (guidelines: readonly string[]): string => translator("uz").cite(guidelines);
