/**
 * The reviewer's report in Russian and Uzbek: every word the report writes
 * itself is translated (the findings' messages stay the rules'), counts take
 * their language's forms, names of languages and countries are the
 * language's own, and the English report is unchanged by it all (the stored
 * reports of report.test.ts).
 */
import assert from "node:assert/strict";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { reportEn } from "../../server/src/messages/report-catalog";
import { guidelinesEn } from "../../server/src/messages/guidelines-catalog";
import type { Locale } from "../../server/src/messages/locales";
import { renderReport } from "../../server/src/report/markdown";
import { checkText } from "../helpers/checker";
import { sampleFiles } from "../helpers/plan";

const TODAY = new Date("2026-11-27T00:00:00Z");

function report(name: string, locale: Locale): string {
  const text = sampleFiles().find((s) => s.name === `${name}.micic`)!.text;
  return renderReport(text, checkText(text, { today: TODAY }), { path: `samples/${name}.micic`, today: TODAY, locale });
}

const headings = (markdown: string) =>
  (unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root).children.filter((n): n is Heading => n.type === "heading").map((h) => toString(h));

/** The English text of the report's messages: each literal run of three words or more. */
function englishPhrases(): string[] {
  const phrases = new Set<string>();
  const collect = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) {
        for (const run of element.value.split(/[:;.()“”…]/)) if (run.trim().split(/\s+/).length >= 3) phrases.add(run.trim());
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) collect(option.value);
    }
  };
  for (const message of [...Object.values(reportEn), ...Object.values(guidelinesEn)]) collect(parse(message));
  return [...phrases];
}

describe("the report in the user's language", () => {
  it("in Russian: headings, tables and sentences in Russian, counts in their forms, names of languages and countries in Russian", () => {
    const ru = report("tashkent-flood", "ru");
    assert.deepEqual(headings(ru).slice(1, 6), ["Охват", "Группы населения", "Участники", "Сводная таблица", "Рекомендации MICIC"]);
    assert.match(ru, /\*\*Вывод:\*\* 0 ошибок, 0 предупреждений и 0 информационных замечаний\. План проходит все проверки micic-plan\./);
    assert.match(ru, /\| 2 группы, 18\u00a0500 человек \|/);
    assert.match(ru, /\| 11 участников \|/);
    assert.match(ru, /киргизский \(ky\), русский \(ru\)/);
    assert.match(ru, /Киргизия \(KG\)/);
    assert.match(ru, /\| Отслеживать сведения о кризисах и их влиянии на мигрантов\. \|/);
  });

  it("leaves no English phrase of its own in Russian or Uzbek, on a plan where every section has something to say", () => {
    const phrases = englishPhrases();
    assert.ok(phrases.length > 50, `${phrases.length} phrases to look for`);
    for (const locale of ["ru", "uz", "uz-Cyrl"] as const) {
      for (const name of ["tashkent-flood", "tripoli-conflict", "bangkok-flood"]) {
        const text = report(name, locale);
        // The findings' table is the rules' words: left out of the search.
        const own = text.split(/\n## (Замечания|Eslatmalar|Эслатмалар)\n/)[0];
        // What the plan itself says (a pathway's English title) is the drafter's, not the report's.
        const plan = sampleFiles().find((s) => s.name === `${name}.micic`)!.text;
        const left = phrases.filter((p) => own.includes(p) && !plan.includes(p));
        assert.deepEqual(left, [], `${locale} ${name}`);
      }
    }
  });

  it("in Uzbek, Latin and Cyrillic script", () => {
    const uz = report("tripoli-conflict", "uz");
    assert.deepEqual(headings(uz).slice(1, 3), ["Qamrov", "Aholi guruhlari"]);
    assert.match(uz, /\*\*Xulosa:\*\* \d+ ta xato, \d+ ta ogohlantirish va \d+ ta maʼlumot\./);
    const cyrillic = report("tripoli-conflict", "uz-Cyrl");
    assert.deepEqual(headings(cyrillic).slice(1, 3), ["Қамров", "Аҳоли гуруҳлари"]);
    assert.match(cyrillic, /\*\*Хулоса:\*\* \d+ та хато/);
  });

  it("gives a report in every language for a file with no plan", () => {
    for (const locale of ["en", "ru", "uz", "uz-Cyrl"] as const) {
      const text = renderReport("", checkText("", { today: TODAY }), { path: "empty.micic", today: TODAY, locale });
      assert.match(text, /`plan "Title" \{ … \}`/, locale);
    }
  });
});
