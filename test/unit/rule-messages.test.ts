/**
 * The rules speak Russian and Uzbek (issue 17): every message a rule writes
 * is in its metadata in English, Russian and Uzbek, with the same
 * placeholders; a check asked for a locale writes its findings and fixes'
 * titles in it; Uzbek in Cyrillic script is derived from the Latin.
 */
import assert from "node:assert/strict";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { checkText } from "../../server/src/core/check";
import type { LocalizedMessage } from "../../server/src/core/rule";
import { allRules } from "../../server/src/rules/index";
import { sampleFiles } from "../helpers/plan";

/**
 * The rules whose messages are still written in English in their code. The
 * list only shrinks: a rule given its messages leaves it, and a new rule
 * never joins it.
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

/** The names of a message's placeholders, and of those inside its plural and select forms. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

/** A message's own words: its literal text without the plan language's keywords in backticks. */
function words(elements: MessageFormatElement[]): string {
  return elements
    .map((e) => (e.type === TYPE.literal ? e.value : e.type === TYPE.plural || e.type === TYPE.select ? Object.values(e.options).map((o) => words(o.value)).join(" ") : " "))
    .join("")
    .replace(/`[^`]*`/g, " ");
}

const TODAY = new Date("2026-06-01");

describe("the rules' messages in English, Russian and Uzbek", () => {
  const translated = allRules.filter((rule) => rule.meta.messages);

  it("are given by every rule but those still listed as not yet translated", () => {
    const missing = allRules.filter((rule) => !rule.meta.messages && !NOT_YET_TRANSLATED.has(rule.meta.code)).map((r) => r.meta.code);
    assert.deepEqual(missing, [], "rules that write English only");
    const listedButDone = translated.filter((rule) => NOT_YET_TRANSLATED.has(rule.meta.code)).map((r) => r.meta.code);
    assert.deepEqual(listedButDone, [], "translated rules still listed as not translated: take them off the list");
  });

  for (const rule of translated) {
    it(`${rule.meta.code}: each message's translations use only the English's placeholders, Russian without English words, Uzbek in Latin script`, () => {
      for (const [id, message] of Object.entries(rule.meta.messages!) as [string, LocalizedMessage][]) {
        const parsed = { en: parse(message.en), ru: parse(message.ru), uz: parse(message.uz) };
        // A translation uses only what the English is given (a value it
        // lacks would fail at run time); it may leave out one the English
        // needs for its own grammar ("the Philippines").
        const given = placeholders(parsed.en);
        for (const [locale, elements] of [["ru", parsed.ru], ["uz", parsed.uz]] as const) {
          const unknown = [...placeholders(elements)].filter((p) => !given.has(p));
          assert.deepEqual(unknown, [], `${id}: ${locale} uses placeholders the English is not given`);
        }
        // Keywords stay English in backticks; MICIC, SMS and the like are names.
        const english = words(parsed.ru).match(/\b(?!MICIC\b|SMS\b|ID\b|ISO\b|YAML\b)[A-Za-z]{2,}\b/g);
        assert.equal(english, null, `${id}: English left in the Russian: ${english?.join(", ")}`);
        assert.doesNotMatch(words(parsed.uz), /[\u0400-\u04FF]/, `${id}: Uzbek is written in Latin script`);
        assert.match(words(parsed.ru), /[\u0400-\u04FF]{3}/, `${id}: the Russian is Russian`);
      }
    });
  }

  it("are written in Russian for the plan language's slips too: a missing colon, a name given twice, a look-alike, a wrong kind, a repeat, a place to fill, an unused suppression", () => {
    const plan = [
      'plan "План" {',
      '  country: "UZ"',
      '  country: "UZ"',
      '  stakeholder мчс "МЧС" { kind: government  contact: "…" }',
      '  stakeholder мчc "МЧС 2" { kind: government  contact: "1" }',
      '  stakeholder мчс "Дубль" { kind: government  contact: "2" }',
      '  population p "P" { size: 1  languages: ru }',
      '  hazards flood',
      '  # micic-disable-next-line STK001 -- причина',
      '  evacuation { lead: p  covers: all }',
      "}",
      "",
    ].join("\n");
    const codes = new Set(translated.map((r) => r.meta.code));
    const findings = checkText(plan, { rules: allRules, today: TODAY, locale: "ru" }).findings.filter((f) => codes.has(f.code));
    const seen = new Set(findings.map((f) => f.code));
    for (const code of ["SYN001", "NAM001", "NAM003", "NAM004", "SCH003", "SCH004", "SUP001"]) assert.ok(seen.has(code), `${code} among ${[...seen].join(", ")}`);
    for (const finding of findings) {
      assert.match(finding.message, /[а-яё]{4}/i, `${finding.code}: ${finding.message}`);
      for (const related of finding.related ?? []) assert.match(related.message, /[а-яё]{3}/i, `${finding.code} related: ${related.message}`);
      for (const fix of finding.fixes) assert.match(fix.title, /[а-яё]{3}/i, `${finding.code} fix: ${fix.title}`);
    }
  });

  it("are written in the locale the check asks for, over every sample, with the guidelines cited in its words", () => {
    const codes = new Set(translated.map((r) => r.meta.code));
    let seen = 0;
    for (const sample of sampleFiles()) {
      const findings = (locale: string) => checkText(sample.text, { rules: allRules, today: TODAY, locale }).findings.filter((f) => codes.has(f.code));
      const en = findings("en");
      const ru = findings("ru");
      const uzLatn = findings("uz");
      const uzCyrl = findings("uz-Cyrl");
      assert.deepEqual(ru.map((f) => `${f.code} ${f.range.start.line}`), en.map((f) => `${f.code} ${f.range.start.line}`), "the same findings in every language");
      for (const [i, finding] of ru.entries()) {
        seen++;
        assert.notEqual(finding.message, en[i].message, `${finding.code} is translated`);
        assert.match(finding.message, /[а-яё]{4}/i, `${finding.code}: ${finding.message}`);
        if (/MICIC/.test(en[i].message)) assert.match(finding.message, /Руководящие принципы MICIC/, `${finding.code} cites in Russian`);
        assert.match(uzLatn[i].message, /[a-zʻ]{4}/i);
        assert.match(uzCyrl[i].message, /[\u0400-\u04FF]{4}/, `${finding.code} in Uzbek Cyrillic: ${uzCyrl[i].message}`);
        for (const [j, fix] of finding.fixes.entries()) {
          if (fix.title !== en[i].fixes[j].title) assert.match(fix.title, /[а-яё]{3}/i, `${finding.code}: fix title "${fix.title}"`);
        }
      }
    }
    assert.ok(seen > 0, "the samples have findings of translated rules");
  });
});
