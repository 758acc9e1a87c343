/**
 * The message catalog (server/src/messages): every translation holds every
 * message with the same placeholders and the plural forms its language
 * needs; counts read right in Russian and Uzbek; Uzbek in Cyrillic script is
 * derived letter by letter; the locale is found as users set it.
 */
import assert from "node:assert/strict";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGS, en, type MessageId } from "../../server/src/messages/catalog";
import { uzbekToCyrillic } from "../../server/src/messages/cyrillic";
import { environmentLocale, LOCALES, negotiateLocale, supportedLocale } from "../../server/src/messages/locales";
import { translator } from "../../server/src/messages/translate";

const ids = Object.keys(en) as MessageId[];

/** Every placeholder of a message, and for each plural one the forms it gives. */
function placeholders(elements: MessageFormatElement[], into = new Map<string, Set<string> | undefined>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) into.set(element.value, into.get(element.value));
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.set(element.value, element.type === TYPE.plural ? new Set(Object.keys(element.options)) : into.get(element.value));
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

/** Sample values: a number for every placeholder (all of ours are counts or text that takes a number well). */
function sample(id: MessageId, n: number): Record<string, number> {
  return Object.fromEntries([...placeholders(parse(en[id])).keys()].map((name) => [name, n]));
}

describe("the message catalog", () => {
  for (const [locale, catalog] of Object.entries(CATALOGS)) {
    it(`${locale}: every message parses, with the source's placeholders and its language's plural forms`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const id of ids) {
        const source = placeholders(parse(en[id]));
        const translated = placeholders(parse(catalog[id]));
        assert.deepEqual([...translated.keys()].sort(), [...source.keys()].sort(), `${locale} ${id}: the same placeholders`);
        for (const [name, forms] of translated) {
          if (!forms) continue;
          for (const category of categories) assert.ok(forms.has(category), `${locale} ${id}: {${name}} lacks the '${category}' form`);
          for (const form of forms) assert.ok(form.startsWith("=") || categories.includes(form as Intl.LDMLPluralRule), `${locale} ${id}: '${form}' is not a plural form of ${locale}`);
        }
      }
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: every message formats with every count, leaving no placeholder`, () => {
      const t = translator(locale);
      for (const id of ids) {
        for (const n of [0, 1, 2, 5, 21, 1000]) {
          const text = t.t(id, sample(id, n));
          assert.ok(!/\{[\w ,]+\}|(^|\s)#(\s|$)/.test(text), `${locale} ${id} with ${n}: a placeholder is left in ${text}`);
        }
      }
    });
  }

  it("counts read right in Russian: one, few and many", () => {
    const t = translator("ru");
    const problems = (n: number) => t.t("summary.problems", { total: n, errors: n, warnings: 0, infos: 0, withFindings: 1, files: 1 });
    assert.match(problems(1), /^✖ 1 замечание \(1 ошибка, /);
    assert.match(problems(3), /^✖ 3 замечания \(3 ошибки, /);
    assert.match(problems(5), /^✖ 5 замечаний \(5 ошибок, /);
    assert.match(problems(21), /^✖ 21 замечание \(21 ошибка, /);
    assert.match(problems(0), /^✖ 0 замечаний \(0 ошибок, /);
    assert.equal(t.t("summary.clean", { files: 22000 }), "✔ замечаний нет, проверено 22\u00a0000 файлов");
  });

  it("numbers and lists in each language's own way, long lists named in part and counted", () => {
    assert.equal(translator("en").list(["a", "b", "c"]), "a, b and c");
    assert.equal(translator("ru").list(["a", "b", "c"]), "a, b и c");
    assert.equal(translator("uz").list(["a", "b", "c"]), "a, b va c");
    assert.equal(translator("uz-Cyrl").list(["a", "b", "c"]), "a, b ва c");
    assert.equal(translator("ru").list(["a", "b", "c", "d", "e", "f", "g"]), "a, b, c, d, e и ещё 2");
    assert.equal(translator("uz").list(["мчс", "b", "c", "d", "e", "f"]), "мчс, b, c, d, e va yana 1 ta");
    assert.equal(translator("en").number(18500), "18,500");
  });

  it("derives Uzbek in Cyrillic script from the Latin: no Latin letter is left outside code and names", () => {
    const t = translator("uz-Cyrl");
    for (const id of ids) {
      const text = t.t(id, sample(id, 3)).replace(/`[^`]*`/g, "").replace(/[\wʻʼ-]*([0-9wW]|[cC](?![hH]))[\wʻʼ-]*|\b[A-Z]{2,}\b/g, "");
      assert.ok(!/[A-Za-z]/.test(text), `${id}: ${text}`);
    }
  });
});

describe("Uzbek from Latin to Cyrillic script", () => {
  const words: [string, string][] = [
    ["evakuatsiya", "эвакуация"], // ts from Russian words
    ["sotsial", "социал"],
    ["protsent", "процент"],
    ["tsentr", "центр"],
    ["kafolatsiz", "кафолатсиз"], // t and s where the suffix -siz meets a stem
    ["hujjatsiz", "ҳужжатсиз"],
    ["aytsa", "айтса"], // and the conditional -sa
    ["shaharda", "шаҳарда"], // sh, h
    ["oʻzbek", "ўзбек"], // oʻ with U+02BB
    ["o'zbek", "ўзбек"], // oʻ as typed with an ASCII apostrophe
    ["gʻamxoʻrlik", "ғамхўрлик"],
    ["yoʻnaltirish", "йўналтириш"], // yoʻ is йў, not ёʻ
    ["yangi", "янги"], // ya
    ["yer", "ер"], // ye at the start of a word
    ["eslatma", "эслатма"], // e at the start of a word
    ["poeziya", "поэзия"], // e after a vowel
    ["maʼlumot", "маълумот"], // tutuq belgisi
    ["choʻl", "чўл"],
    ["Toshkent", "Тошкент"],
    ["Oʻzbekiston", "Ўзбекистон"],
    ["qoida", "қоида"],
    ["ingliz", "инглиз"], // ng stays two letters
  ];
  for (const [latin, cyrillic] of words) it(`${latin} → ${cyrillic}`, () => assert.equal(uzbekToCyrillic(latin), cyrillic));

  it("leaves code between backticks, codes, names that are not Uzbek and abbreviations alone", () => {
    assert.equal(uzbekToCyrillic("`languages` atributini yozing"), "`languages` атрибутини ёзинг");
    assert.equal(uzbekToCyrillic("micic-plan bilan REF001 va MICIC, IOM, SMS"), "micic-plan билан REF001 ва MICIC, IOM, SMS");
    assert.equal(uzbekToCyrillic("tekshiruvchi boʻyicha"), "текширувчи бўйича", "ch is Uzbek");
    assert.equal(uzbekToCyrillic("oʻz-oʻziga yordam"), "ўз-ўзига ёрдам");
  });
});

describe("which language the user asked for", () => {
  it("reads BCP 47 tags and POSIX locales", () => {
    assert.equal(supportedLocale("ru"), "ru");
    assert.equal(supportedLocale("ru-RU"), "ru");
    assert.equal(supportedLocale("ru_RU.UTF-8"), "ru");
    assert.equal(supportedLocale("uz"), "uz");
    assert.equal(supportedLocale("uz-Latn-UZ"), "uz");
    assert.equal(supportedLocale("uz_UZ.UTF-8"), "uz");
    assert.equal(supportedLocale("uz-Cyrl"), "uz-Cyrl");
    assert.equal(supportedLocale("uz_UZ@cyrillic"), "uz-Cyrl");
    assert.equal(supportedLocale("en_GB.UTF-8"), "en");
    assert.equal(supportedLocale("C"), undefined);
    assert.equal(supportedLocale("POSIX"), undefined);
    assert.equal(supportedLocale("fr-FR"), undefined);
    assert.equal(supportedLocale("not a locale!"), undefined);
  });

  it("takes the first supported request, else English", () => {
    assert.equal(negotiateLocale([undefined, "fr", "ru"]), "ru");
    assert.equal(negotiateLocale(["de"]), "en");
  });

  it("reads LC_ALL, then LC_MESSAGES, then LANG, as POSIX programs do", () => {
    assert.equal(environmentLocale({ LANG: "ru_RU.UTF-8" }), "ru");
    assert.equal(environmentLocale({ LANG: "ru_RU.UTF-8", LC_MESSAGES: "uz_UZ.UTF-8" }), "uz");
    assert.equal(environmentLocale({ LANG: "ru_RU.UTF-8", LC_MESSAGES: "uz_UZ.UTF-8", LC_ALL: "C" }), "en", "LC_ALL decides, even when it names no language");
    assert.equal(environmentLocale({ LC_ALL: "", LANG: "uz_UZ@cyrillic" }), "uz-Cyrl", "an empty variable is unset");
    assert.equal(environmentLocale({}), "en");
  });
});
