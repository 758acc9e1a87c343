import { attributesOf, type Attribute, type Block, type Value } from "../../core/ast";
import { CleanBlocks } from "../../core/clean-blocks";
import { countries, countryFromAlpha3, countryName, didYouMean, isLanguageCode, languageName, suggestCountry, suggestLanguage } from "../../core/codes";
import type { Fix, Report } from "../../core/finding";
import { knownBlocks } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { attributeSpec, BOOLEAN_WORDS, type AttributeSpec } from "../../core/schema";
import { isPlaceholderText } from "../../core/edits";
import { voice, type RuleVoice } from "../voice";
import { typeDescription } from "../../messages/schema-docs";

const messages = {
  wrongKind: {
    en: "''{attribute}'' takes {expected}, not {got, select, string {a quoted text} text {a text block} number {a number} date {a date} duration {a duration} other {a word}} (''{raw}'').{extra}",
    ru: "`{attribute}` принимает {expected}, а не {got, select, string {текст в кавычках} text {текстовый блок} number {число} date {дату} duration {длительность} other {слово}} (`{raw}`).{extra}",
    uz: "`{attribute}` atributi {expected} qabul qiladi, {got, select, string {qoʻshtirnoqdagi matnni} text {matn blokini} number {sonni} date {sanani} duration {davomiylikni} other {soʻzni}} emas (`{raw}`).{extra}",
  },
  quote: {
    en: " Put it in quotes: {quoted}.",
    ru: " Заключите его в кавычки: `{quoted}`.",
    uz: " Uni qoʻshtirnoqqa oling: `{quoted}`.",
  },
  unquoteNumber: {
    en: " Write the number without quotes.",
    ru: " Напишите число без кавычек.",
    uz: " Sonni qoʻshtirnoqsiz yozing.",
  },
  unquoteDate: {
    en: " Write the date without quotes.",
    ru: " Напишите дату без кавычек.",
    uz: " Sanani qoʻshtirnoqsiz yozing.",
  },
  dateForm: {
    en: " Write dates as YYYY-MM-DD, for example 2024-04-26.",
    ru: " Пишите даты в виде ГГГГ-ММ-ДД, например 2024-04-26.",
    uz: " Sanalarni yyyy-oo-kk koʻrinishida yozing, masalan, 2024-04-26.",
  },
  byId: {
    en: " Name it by its id, without quotes.",
    ru: " Укажите его идентификатор, без кавычек.",
    uz: " Uni identifikatori bilan, qoʻshtirnoqsiz koʻrsating.",
  },
  durationForm: {
    en: " Write a duration such as 90d, 12h or 30min, or a quoted text.",
    ru: " Напишите длительность, например `90d`, `12h` или `30min`, или текст в кавычках.",
    uz: " `90d`, `12h` yoki `30min` kabi davomiylikni yoki qoʻshtirnoqdagi matnni yozing.",
  },
  notADate: {
    en: "{date} is not a date in the calendar: check the month and the day (YYYY-MM-DD).",
    ru: "{date} — такой даты нет в календаре: проверьте месяц и день (ГГГГ-ММ-ДД).",
    uz: "{date} — kalendarda bunday sana yoʻq: oy va kunni tekshiring (yyyy-oo-kk).",
  },
  boolean: {
    en: "''{attribute}'' takes yes or no, not ''{raw}''.{guess, select, none {} other { Did you mean ''{guess}''?}}",
    ru: "`{attribute}` принимает `yes` или `no`, а не `{raw}`.{guess, select, none {} other { Может быть, имелось в виду `{guess}`?}}",
    uz: "`{attribute}` atributi `yes` yoki `no` ni qabul qiladi, `{raw}` ni emas.{guess, select, none {} other { `{guess}` nazarda tutilganmi?}}",
  },
  notAllowed: {
    en: "''{raw}'' is not allowed for ''{attribute}'', which takes {expected}.{hint, select, yes { Did you mean ''{suggestion}''?} other {}}",
    ru: "Значение `{raw}` недопустимо для `{attribute}`, который принимает {expected}.{hint, select, yes { Может быть, имелось в виду `{suggestion}`?} other {}}",
    uz: "`{raw}` qiymati `{attribute}` uchun ruxsat etilmagan: u {expected} qabul qiladi.{hint, select, yes { `{suggestion}` nazarda tutilganmi?} other {}}",
  },
  alpha3: {
    en: "''{raw}'' is the ISO 3166-1 alpha-3 code of {country}; ''{attribute}'' takes the alpha-2 code: write {code}.",
    ru: "`{raw}` — трёхбуквенный код ISO 3166-1 страны {country}, а `{attribute}` принимает двухбуквенный код: напишите `{code}`.",
    uz: "`{raw}` — ISO 3166-1 boʻyicha {country} uchun uch harfli kod, `{attribute}` esa ikki harfli kodni qabul qiladi: `{code}` deb yozing.",
  },
  notCountry: {
    en: "''{raw}'' is not an ISO 3166-1 alpha-2 country code, which ''{attribute}'' takes (KG for Kyrgyzstan).{guess, select, none {} other { Did you mean {guess} ({guessName})?}}",
    ru: "`{raw}` — не двухбуквенный код страны по ISO 3166-1, а `{attribute}` принимает только такие коды (например, `KG` — Киргизия).{guess, select, none {} other { Может быть, имелась в виду страна {guessName}?}}",
    uz: "`{raw}` — ISO 3166-1 boʻyicha ikki harfli mamlakat kodi emas, `{attribute}` esa faqat shunday kodlarni qabul qiladi (masalan, `KG` — Qirgʻiziston).{guess, select, none {} other { Balki {guessName} nazarda tutilgandir?}}",
  },
  notLanguage: {
    en: "''{raw}'' is not an ISO 639 language code, which ''{attribute}'' takes (ru for Russian, prs for Dari).{guess, select, none {} other { Did you mean {guess} ({guessName})?}}",
    ru: "`{raw}` — не код языка по ISO 639, а `{attribute}` принимает только такие коды (например, `ru` — русский, `prs` — дари).{guess, select, none {} other { Может быть, имелся в виду {guessName}?}}",
    uz: "`{raw}` — ISO 639 boʻyicha til kodi emas, `{attribute}` esa faqat shunday kodlarni qabul qiladi (masalan, `ru` — rus tili, `prs` — dariy).{guess, select, none {} other { Balki {guessName} nazarda tutilgandir?}}",
  },
  oneValue: {
    en: "''{attribute}'' takes one value, not a list: keep one of {values}.",
    ru: "`{attribute}` принимает одно значение, а не список: оставьте одно из значений {values}.",
    uz: "`{attribute}` atributi roʻyxatni emas, bitta qiymatni qabul qiladi: {values} qiymatlaridan birini qoldiring.",
  },
  changeTo: {
    en: "Change to {text}",
    ru: "Заменить на `{text}`",
    uz: "`{text}` ga almashtirish",
  },
} satisfies RuleMessages;

type Say = RuleVoice<keyof typeof messages>;

function replaceFix(value: Value, newText: string, kind: Fix["kind"], say: Say): Fix {
  return { title: say.t("changeTo", { text: newText }), edits: [{ span: value.span, newText }], kind };
}

function quoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks one value against its attribute's type. Returns the problem, or
 * undefined when the value is fine. Reference values are only checked for
 * their form here; whether the name exists is NAM002's business.
 */
export function checkValue(spec: AttributeSpec, value: Value, say: Say): Report | undefined {
  const type = spec.type;
  // Described only when a value is wrong: most values are right.
  const expected = () => typeDescription(say.locale, type, true);
  const shown = value.raw.length > 30 ? value.raw.slice(0, 30) + "…" : value.raw;
  const wrong = (extra = "", fixes: Fix[] = []): Report => ({
    message: say.t("wrongKind", { attribute: spec.name, expected: expected(), got: value.kind, raw: shown, extra }),
    span: value.span,
    fixes,
  });
  const isText = value.kind === "string" || value.kind === "text";
  // A place left to fill ("…") is SCH004's to report, with what goes there: one finding per cause.
  if (isText && isPlaceholderText(value.text)) return undefined;
  switch (type.kind) {
    case "string":
      if (isText) return undefined;
      return wrong(say.t("quote", { quoted: quoted(value.raw) }), [replaceFix(value, quoted(value.raw), "fix", say)]);
    case "number":
      if (value.kind === "number") return undefined;
      if (isText && /^\d(?:_?\d)*$/.test(value.text)) {
        return wrong(say.t("unquoteNumber"), [replaceFix(value, value.text, "fix", say)]);
      }
      return wrong();
    case "date":
      if (value.kind === "date") {
        return isRealDate(value.text)
          ? undefined
          : { message: say.t("notADate", { date: value.text }), span: value.span };
      }
      if (isText && /^\d{4}-\d{2}-\d{2}$/.test(value.text) && isRealDate(value.text)) {
        return wrong(say.t("unquoteDate"), [replaceFix(value, value.text, "fix", say)]);
      }
      return wrong(say.t("dateForm"));
    case "boolean": {
      if (value.kind === "ident" && (BOOLEAN_WORDS as readonly string[]).includes(value.text)) return undefined;
      const lower = value.text.toLowerCase();
      const guess = ["yes", "true", "y"].includes(lower) ? "yes" : ["no", "false", "n"].includes(lower) ? "no" : undefined;
      return {
        message: say.t("boolean", { attribute: spec.name, raw: value.raw, guess: guess ?? "none" }),
        span: value.span,
        fixes: guess ? [replaceFix(value, guess, "fix", say)] : [],
      };
    }
    case "word": {
      if (value.kind === "ident" && type.words.includes(value.text)) return undefined;
      const suggestions = didYouMean(value.text, type.words);
      return {
        message: say.t("notAllowed", { raw: shown, attribute: spec.name, expected: expected(), hint: suggestions.length > 0 ? "yes" : "no", suggestion: suggestions[0] ?? "" }),
        span: value.span,
        fixes: suggestions.map((s) => replaceFix(value, s, suggestions.length === 1 ? "fix" : "suggestion", say)),
      };
    }
    case "country": {
      if (value.kind === "ident" && countries().has(value.text)) return undefined;
      const guess = suggestCountry(value.text);
      const alpha3 = countryFromAlpha3(value.text);
      const english = say.locale === "en";
      return {
        message: alpha3
          ? say.t("alpha3", { raw: value.raw, country: english ? (countryName(alpha3) ?? alpha3) : say.country(alpha3), attribute: spec.name, code: alpha3 })
          : say.t("notCountry", { raw: value.raw, attribute: spec.name, guess: guess ?? "none", guessName: guess ? (english ? (countryName(guess) ?? guess) : say.country(guess)) : "" }),
        span: value.span,
        fixes: guess ? [replaceFix(value, guess, "fix", say)] : [],
      };
    }
    case "language": {
      if (value.kind === "ident" && isLanguageCode(value.text)) return undefined;
      const guess = suggestLanguage(value.text);
      return {
        message: say.t("notLanguage", { raw: value.raw, attribute: spec.name, guess: guess ?? "none", guessName: guess ? (say.locale === "en" ? (languageName(guess) ?? guess) : say.language(guess)) : "" }),
        span: value.span,
        fixes: guess ? [replaceFix(value, guess, "fix", say)] : [],
      };
    }
    case "reference":
      if (value.kind === "ident") return undefined;
      return wrong(say.t("byId"));
    case "duration-or-string":
      if (value.kind === "duration" || isText) return undefined;
      return wrong(say.t("durationForm"));
    case "word-or-string":
      if (value.kind === "ident" || isText) return undefined;
      return wrong(say.t("quote", { quoted: quoted(value.raw) }), [replaceFix(value, quoted(value.raw), "fix", say)]);
  }
}

/** A reference given as the quoted title of a declaration: offer its id. */
function titleToIdFix(value: Value, plan: Block, spec: AttributeSpec, say: Say): Fix | undefined {
  if (spec.type.kind !== "reference" || (value.kind !== "string" && value.kind !== "text")) return undefined;
  for (const block of knownBlocks(plan)) {
    if (block.kind.text === spec.type.target && block.id && block.title?.text === value.text) {
      return replaceFix(value, block.id.text, "fix", say);
    }
  }
  return undefined;
}

const clean = new CleanBlocks();

/** SCH002: a value of the wrong type or outside the allowed words. */
export const invalidValue: Rule = {
  meta: {
    code: "SCH002",
    name: "invalid-value",
    area: "language",
    severity: "error",
    guidelines: [],
    messages,
    fixable: true,
    hasSuggestions: true,
    summary: "A value of the wrong type or outside the allowed words.",
    alwaysOn: true,
    translations: {
      ru: {
        summary: `Значение не того типа или не из допустимых слов.`,
        why: `У значений есть типы: \`size\` группы населения — число, код страны — код ISO 3166-1 \`alpha-2\`, этапы эвакуации — слова из фиксированного списка. Значение не того типа читается как пустое, и правило, которое от него зависит, не может работать. Программа проверки говорит, что принимает атрибут, и предлагает ближайшее допустимое значение.`,
        notes: `Исправления, которые не могут быть ошибочными (взять в кавычки текст без кавычек, снять кавычки с числа или даты, назвать участника по идентификатору вместо названия, записать трёхбуквенный код страны, например \`UZB\`, двухбуквенным \`UZ\`), вносит \`--fix\`; замены по принципу «возможно, вы имели в виду» предлагаются только в редакторе. Заголовки блоков (отсутствующий идентификатор или название либо указанные там, где они не принимаются) проверялись здесь до версии 0.2; теперь это замечания SCH005, и настройка для SCH002 применяется и к нему.`,
      },
      uz: {
        summary: `Boshqa turdagi yoki ruxsat etilgan soʻzlardan tashqaridagi qiymat.`,
        why: `Qiymatlarning turlari bor: aholi guruhining \`size\` i — son, mamlakat kodi — ISO 3166-1 \`alpha-2\` kodi, evakuatsiya bosqichlari — qatʼiy roʻyxatdagi soʻzlar. Boshqa turdagi qiymat boʻsh deb oʻqiladi va unga bogʻliq qoida ishlay olmaydi. Tekshiruv dasturi atribut nimani qabul qilishini aytadi va eng yaqin ruxsat etilgan qiymatni taklif qiladi.`,
        notes: `Xato boʻlishi mumkin boʻlmagan tuzatishlarni (qoʻshtirnoqsiz matnni qoʻshtirnoqqa olish, son yoki sanadan qoʻshtirnoqni olib tashlash, ishtirokchini nomi oʻrniga identifikatori bilan atash, mamlakatning uch harfli kodini, masalan \`UZB\` ni, ikki harfli \`UZ\` bilan yozish) \`--fix\` kiritadi; «balki siz buni nazarda tutgandirsiz» tarzidagi almashtirishlar faqat muharrirda taklif qilinadi. Blok sarlavhalari (identifikator yoki nom yoʻqligi yoxud ular qabul qilinmaydigan joyda berilishi) 0.2 versiyasigacha shu yerda tekshirilgan; endi ular SCH005 eslatmalari va SCH002 uchun sozlama unga ham qoʻllanadi.`,
      },
    },
    docs: {
      why: `Values have types: a population's \`size\` is a number, a country code is ISO 3166-1 alpha-2, the stages of an evacuation are words from a fixed list. A value of the wrong type is read as nothing, so a rule that depends on it cannot work. The checker says what the attribute takes and suggests the closest allowed value.`,
      failing: `plan "Flood plan" {
  hazards: flod
  population workers "Construction workers" {
    size: "12_000"
    nationalities: Kyrgyzstan
  }
}`,
      passing: `plan "Flood plan" {
  hazards: flood
  population workers "Construction workers" {
    size: 12_000
    nationalities: KG
  }
}`,
      notes: `Fixes that cannot be wrong (quoting a bare text, unquoting a number or a date, naming a stakeholder by its id instead of its title, a country's alpha-3 code such as \`UZB\` written as its alpha-2 code \`UZ\`) are applied by \`--fix\`; did-you-mean replacements are offered in the editor only. Block headers (an id or a title missing, or given where none is taken) were checked here until version 0.2; they are SCH005's now, and a setting for SCH002 applies to it too.`,
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, [], context);
    // The title-to-id fix reads the plan, but only for a value found wrong,
    // never in a block found clean.
    clean.check(knownBlocks(plan), report, (block, report) => {
      for (const attribute of attributesOf(block)) {
        const spec = attributeSpec(block.kind.text, attribute.name.text);
        if (spec) checkAttribute(attribute, spec, plan, report, say);
      }
    });
  },
};

function checkAttribute(attribute: Attribute, spec: AttributeSpec, plan: Block, report: (r: Report) => void, say: Say): void {
  if (!spec.list && attribute.values.length > 1) {
    report({
      message: say.t("oneValue", { attribute: spec.name, values: attribute.values.map((v) => v.raw).join(", ") }),
      span: { start: attribute.values[1].span.start, end: attribute.values[attribute.values.length - 1].span.end },
    });
  }
  for (const value of attribute.values) {
    const problem = checkValue(spec, value, say);
    if (!problem) continue;
    const byTitle = titleToIdFix(value, plan, spec, say);
    if (byTitle) problem.fixes = [byTitle, ...(problem.fixes ?? [])];
    report(problem);
  }
}
