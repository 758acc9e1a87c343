/**
 * The drafter's four answers, read and checked before a template is
 * rendered: the country (a name in English, Russian or Uzbek, or an ISO
 * code), the area, the hazards (the schema's words) and the lead agency's
 * id (a name of the plan language). Each reader returns the value or a
 * problem, a sentence in the user's language that says what to write;
 * the command line and the extension say it as it is.
 */
import { iso31661 } from "iso-3166";
import { countries, countryFromAlpha3, didYouMean } from "../core/codes";
import type { LocalizedMessage } from "../core/rule";
import { HAZARDS } from "../core/schema";
import { LOCALES, type Locale } from "../messages/locales";
import { translator } from "../messages/translate";
import { countryNameIn, declaredIds, type PlanTemplate } from "./template";

export type Answer<T> = { value: T } | { problem: string };

const problems = {
  countryEmpty: {
    en: "Write the country the plan covers: its name (Uzbekistan, Узбекистан, Oʻzbekiston) or its ISO code (UZ).",
    ru: "Укажите страну, на которую распространяется план: её название (Узбекистан, Uzbekistan, Oʻzbekiston) или код ISO (`UZ`).",
    uz: "Reja qamrab oladigan mamlakatni yozing: uning nomini (Oʻzbekiston, Uzbekistan, Узбекистан) yoki ISO kodini (`UZ`).",
  },
  countryUnknown: {
    en: "''{input}'' is not a country micic-plan knows: write its name in English, Russian or Uzbek, or its ISO code (UZ).{names, select, none {} other { Did you mean {names}?}}",
    ru: "«{input}» — не страна, известная micic-plan: укажите её название на русском, узбекском или английском языке либо код ISO (`UZ`).{names, select, none {} other { Возможно, имелось в виду: {names}?}}",
    uz: "«{input}» micic-plan biladigan mamlakat emas: uning nomini oʻzbek, rus yoki ingliz tilida yoxud ISO kodini (`UZ`) yozing.{names, select, none {} other { Balki {names} nazarda tutilgandir?}}",
  },
  areaEmpty: {
    en: "Write the area: the province, city or district the plan covers (Tashkent, Farg‘ona).",
    ru: "Укажите район: область, город или район, на которые распространяется план (Ташкент, Фергана).",
    uz: "Hududni yozing: reja qamrab oladigan viloyat, shahar yoki tuman (Toshkent, Fargʻona).",
  },
  areaLine: {
    en: "Write the area on one line, without control characters.",
    ru: "Укажите район одной строкой, без управляющих символов.",
    uz: "Hududni bir qatorda, boshqaruv belgilarisiz yozing.",
  },
  areaLong: {
    en: "The area is {length, number} characters long: write it in at most {max, number}.",
    ru: "Название района длиной {length, number} симв.: сократите его до {max, number} симв.",
    uz: "Hudud nomi {length, number} ta belgidan iborat: uni koʻpi bilan {max, number} ta belgida yozing.",
  },
  hazardsEmpty: {
    en: "Name at least one hazard the plan prepares for: {hazards}.",
    ru: "Укажите хотя бы одну опасность, к которой готовится план: {hazards}.",
    uz: "Reja tayyorlanadigan kamida bitta xavfni koʻrsating: {hazards}.",
  },
  hazardUnknown: {
    en: "''{input}'' is not a hazard of the plan language, which knows {hazards}.{names, select, none {} other { Did you mean {names}?}}",
    ru: "«{input}» — не опасность языка плана; он знает {hazards}.{names, select, none {} other { Возможно, имелось в виду: {names}?}}",
    uz: "«{input}» reja tilidagi xavf emas; reja tili quyidagilarni biladi: {hazards}.{names, select, none {} other { Balki {names} nazarda tutilgandir?}}",
  },
  leadEmpty: {
    en: "Write the lead agency's id: a short name the plan refers to it by (mes, мчс, favqulodda_vaziyatlar).",
    ru: "Укажите идентификатор ведущего ведомства: короткое имя, по которому план ссылается на него (`мчс`, `mes`, `favqulodda_vaziyatlar`).",
    uz: "Yetakchi idoraning identifikatorini yozing: reja unga murojaat qiladigan qisqa nom (`fvv`, `mes`, `мчс`).",
  },
  leadInvalid: {
    en: "''{input}'' is not an id: an id starts with a letter of any script and goes on with letters, digits, _ or - (mes, мчс, favqulodda_vaziyatlar).",
    ru: "«{input}» — не идентификатор: идентификатор начинается с буквы любого алфавита и состоит из букв, цифр, `_` и `-` (`мчс`, `mes`, `favqulodda_vaziyatlar`).",
    uz: "«{input}» identifikator emas: identifikator istalgan alifbodagi harf bilan boshlanadi va harflar, raqamlar, `_` yoki `-` dan iborat boʻladi (`fvv`, `mes`, `мчс`).",
  },
  leadReserved: {
    en: "''{input}'' is a word of the plan language, not an id: choose another id for the lead agency.",
    ru: "«{input}» — слово языка плана, а не идентификатор: выберите для ведущего ведомства другой идентификатор.",
    uz: "«{input}» reja tilining soʻzi, identifikator emas: yetakchi idora uchun boshqa identifikator tanlang.",
  },
  leadTaken: {
    en: "''{input}'' is already the id of another stakeholder in this template: choose another id for the lead agency.",
    ru: "«{input}» уже служит идентификатором другого участника в этом шаблоне: выберите для ведущего ведомства другой идентификатор.",
    uz: "«{input}» bu andozada boshqa ishtirokchining identifikatori: yetakchi idora uchun boshqa identifikator tanlang.",
  },
} satisfies Record<string, LocalizedMessage>;

/** The longest area a plan's title and `area:` take (every output is bounded). */
export const MAX_AREA_LENGTH = 200;

/**
 * A name of the plan language (docs/spec/LANGUAGE.md, "Lexical elements"):
 * the lexer's Identifier, core/lexer.ts's NAME. Repeated here so that the
 * extension does not bundle the lexer for one check; templates.test.ts
 * holds the two to the same answers.
 */
const IDENTIFIER = /^[\p{L}\p{Nl}][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\-'‘’]*$/u;

/** Words the schema reads as values wherever a name could stand (`yes`, `no`, `all`). */
const RESERVED = new Set(["yes", "no", "all"]);

/** A name as compared: lower case, ё as е, the apostrophes of Uzbek oʻ and gʻ as one, spaces single. */
function normalized(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[‘’'`ʼ]/g, "ʻ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * Names by which drafters call countries and which CLDR does not give:
 * the names the countries use for themselves in Russian.
 */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  кыргызстан: "KG",
  "кыргызская республика": "KG",
  "российская федерация": "RU",
  туркмения: "TM",
  молдавия: "MD",
};

let countryIndex: Map<string, string> | undefined;

/** Every country's names (ISO's English one, and CLDR's in each locale) → its alpha-2 code. */
function countriesByName(): Map<string, string> {
  if (!countryIndex) {
    countryIndex = new Map(Object.entries(OTHER_NAMES));
    const namers = LOCALES.map((locale) => new Intl.DisplayNames([locale], { type: "region", fallback: "none" }));
    for (const { alpha2, name } of iso31661) {
      const names = [name, ...namers.map((namer) => namer.of(alpha2))];
      for (const each of names) if (each) countryIndex.set(normalized(each), alpha2);
    }
  }
  return countryIndex;
}

/** The country a drafter names: an ISO code (alpha-2 or alpha-3, any case) or a name in English, Russian or Uzbek. */
export function readCountry(input: string, locale: Locale): Answer<string> {
  const t = translator(locale);
  const text = input.trim();
  if (text === "") return { problem: t.localized(problems.countryEmpty) };
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries().has(upper)) return { value: upper };
  const alpha3 = /^[A-Z]{3}$/.test(upper) ? countryFromAlpha3(upper) : undefined;
  if (alpha3) return { value: alpha3 };
  const index = countriesByName();
  const found = index.get(normalized(text));
  if (found) return { value: found };
  const close = [...new Set(didYouMean(normalized(text), index.keys()).map((name) => index.get(name)!))];
  const names = close.map((code) => `${countryNameIn(locale, code)} (${code})`);
  return { problem: t.localized(problems.countryUnknown, { input: shown(text), names: names.length > 0 ? t.list(names, { type: "disjunction" }) : "none" }) };
}

/** The area as it will stand in the plan's title and `area:`: one line, bounded. */
export function readArea(input: string, locale: Locale): Answer<string> {
  const t = translator(locale);
  const text = input.normalize("NFC").trim();
  if (text === "") return { problem: t.localized(problems.areaEmpty) };
  if (/[\p{Cc}\u2028\u2029]/u.test(text)) return { problem: t.localized(problems.areaLine) };
  if (text.length > MAX_AREA_LENGTH) return { problem: t.localized(problems.areaLong, { length: text.length, max: MAX_AREA_LENGTH }) };
  return { value: text };
}

/** Hazards separated by commas or spaces, each a word of the schema (`flood, earthquake`); each named once. */
export function readHazards(input: string, locale: Locale): Answer<string[]> {
  const t = translator(locale);
  const words = input.split(/[\s,;]+/).filter(Boolean);
  // The plan's words as the messages write them: between backticks in the translations (docs/glossary.md).
  const word = (hazard: string) => (locale === "en" ? hazard : `\`${hazard}\``);
  const all = t.list(HAZARDS.map(word), { max: HAZARDS.length });
  if (words.length === 0) return { problem: t.localized(problems.hazardsEmpty, { hazards: all }) };
  const hazards: string[] = [];
  for (const typed of words) {
    const hazard = typed.toLowerCase();
    if (!(HAZARDS as readonly string[]).includes(hazard)) {
      const close = didYouMean(hazard, HAZARDS);
      return { problem: t.localized(problems.hazardUnknown, { input: shown(typed), hazards: all, names: close.length > 0 ? t.list(close.map(word), { type: "disjunction" }) : "none" }) };
    }
    if (!hazards.includes(hazard)) hazards.push(hazard);
  }
  return { value: hazards };
}

/** The lead agency's id: a name of the plan language, not a word it reserves, and not one the template declares itself. */
export function readLead(input: string, template: PlanTemplate | undefined, locale: Locale): Answer<string> {
  const t = translator(locale);
  const id = input.normalize("NFC").trim();
  if (id === "") return { problem: t.localized(problems.leadEmpty) };
  if (!IDENTIFIER.test(id)) return { problem: t.localized(problems.leadInvalid, { input: shown(id) }) };
  if (RESERVED.has(id)) return { problem: t.localized(problems.leadReserved, { input: id }) };
  if (template && declaredIds(template, locale).has(id)) return { problem: t.localized(problems.leadTaken, { input: id }) };
  return { value: id };
}

/** What the drafter typed, as a message shows it: control characters as \u escapes, and at most 60 characters. */
function shown(text: string): string {
  const escaped = text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > 60 ? `${escaped.slice(0, 60)}…` : escaped;
}
