/**
 * The rules' documentation in Russian and Uzbek (issue 17): every rule's
 * summary, why, notes and `severityWhen` translated beside the English
 * (meta.translations), in the words of docs/glossary.md: Russian without
 * English words, Uzbek in Latin script with ʻ and ʼ, the plan's words in
 * backticks as the English has them; Uzbek in Cyrillic script derived; and
 * SARIF's rule help in the run's language.
 */
import assert from "node:assert/strict";
import type { InlineCode, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { sarifLog } from "../../server/src/cli/formatters/sarif";
import { checkText } from "../../server/src/core/check";
import { renderReport } from "../../server/src/report/markdown";
import type { RuleText } from "../../server/src/core/rule";
import { RULE_DOCS_URL } from "../../server/src/core/project";
import { allRules } from "../../server/src/rules/index";
import { ruleText } from "../../server/src/rules/rule-text";

/**
 * The rules whose documentation is still English only. The list only
 * shrinks: a rule given its translations leaves it, and a new rule never
 * joins it.
 */
const NOT_YET_TRANSLATED = new Set<string>([
]);

/** Names and abbreviations a Russian text may write in Latin letters: they are names, not English. */
const LATIN_NAMES = /\b(?!(?:MICIC|SMS|ID|ISO|IOM|UNHCR|JSON|SARIF|Markdown|YAML|micic-plan|micic|VS|Code|GitHub|BCP|CLDR|UN|UTS|Unicode)\b)[A-Za-z]{2,}\b/g;

const FIELDS = ["summary", "why", "notes", "severityWhen"] as const;

const parser = unified().use(remarkParse);

/** The plan's words a text writes as code: its inline code spans. */
function codes(markdown: string): Set<string> {
  const found = new Set<string>();
  visit(parser.parse(markdown) as Root, "inlineCode", (node: InlineCode) => {
    found.add(node.value);
  });
  return found;
}

/** A text's own words: without what it writes as code. */
function prose(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?\1/g, " ");
}

describe("the rules' documentation in Russian and Uzbek", () => {
  it("is given by every rule but those still listed as not yet translated", () => {
    const missing = allRules.filter((r) => !r.meta.translations && !NOT_YET_TRANSLATED.has(r.meta.code)).map((r) => r.meta.code);
    assert.deepEqual(missing, [], "rules documented in English only");
    const listedButDone = allRules.filter((r) => r.meta.translations && NOT_YET_TRANSLATED.has(r.meta.code)).map((r) => r.meta.code);
    assert.deepEqual(listedButDone, [], "translated rules still listed as not translated: take them off the list");
  });

  for (const rule of allRules.filter((r) => r.meta.translations)) {
    const english = ruleText(rule.meta, "en");
    describe(`${rule.meta.code} ${rule.meta.name}`, () => {
      for (const locale of ["ru", "uz"] as const) {
        const translated: RuleText = rule.meta.translations![locale];

        it(`${locale}: has each field the English has, and no other`, () => {
          for (const field of FIELDS) {
            assert.equal(typeof translated[field], typeof english[field], `${field}: the English ${english[field] === undefined ? "has none" : "has one"}`);
            if (translated[field] !== undefined) assert.ok(translated[field]!.trim().length > 0, `${field} is not blank`);
          }
        });

        it(`${locale}: writes as code every code, attribute and value the English does, and only plan words`, () => {
          for (const field of FIELDS) {
            if (english[field] === undefined || translated[field] === undefined) continue;
            const theirs = codes(translated[field]!);
            const lacking = [...codes(english[field]!)].filter((c) => !theirs.has(c));
            assert.deepEqual(lacking, [], `${field}: the English's code the ${locale} lacks`);
            // A Cyrillic word as code only where the English shows it too (a look-alike letter, a keyword typed in Russian).
            for (const c of [...theirs].filter((c) => !english[field]!.includes(c))) assert.doesNotMatch(c, /[\u0400-\u04FF]/, `${field}: \`${c}\` is a word of the plan, not of the translation`);
          }
        });
      }

      it("ru: is Russian, with no English word outside code, and cites the guidelines in Russian", () => {
        for (const field of FIELDS) {
          const text = rule.meta.translations!.ru[field];
          if (text === undefined) continue;
          const words = prose(text);
          assert.equal(words.match(LATIN_NAMES), null, `${field}: English left in the Russian: ${words.match(LATIN_NAMES)?.join(", ")}`);
          assert.match(words, /[\u0400-\u04FF]{3}/, `${field}: the Russian is Russian`);
        }
        if (/MICIC (Guideline|Principle)/.test(english.why)) assert.match(rule.meta.translations!.ru.why, /Руководящие принципы MICIC, (рекомендаци|принцип)/, "why cites as the messages do");
      });

      it("uz: is Uzbek in Latin script, with ʻ and ʼ, and cites the guidelines in Uzbek", () => {
        for (const field of FIELDS) {
          const text = rule.meta.translations!.uz[field];
          if (text === undefined) continue;
          const words = prose(text);
          assert.doesNotMatch(words, /[\u0400-\u04FF]/, `${field}: Uzbek is written in Latin script`);
          assert.doesNotMatch(words, /[oOgG][‘’']/, `${field}: oʻ and gʻ with ʻ (U+02BB), as docs/glossary.md asks`);
          assert.match(words, /[a-zʻ]{4}/i, `${field}: the Uzbek is written`);
        }
        if (/MICIC (Guideline|Principle)/.test(english.why)) assert.match(rule.meta.translations!.uz.why, /MICIC qoʻllanmasi, /, "why cites as the messages do");
      });

      it("uz-Cyrl: is the Uzbek in Cyrillic script, the code kept", () => {
        const cyrillic = ruleText(rule.meta, "uz-Cyrl");
        assert.match(prose(cyrillic.summary), /[\u0400-\u04FF]{3}/);
        assert.match(prose(cyrillic.why), /[\u0400-\u04FF]{4}/);
        assert.deepEqual(codes(cyrillic.why), codes(rule.meta.translations!.uz.why));
      });
    });
  }

  it("SARIF's rule help is in the run's language, linked to the page in that language", () => {
    const run = sarifLog([], { color: false, locale: "ru" }).runs[0];
    for (const [i, rule] of allRules.entries()) {
      const descriptor = run.tool.driver.rules![i];
      assert.equal(descriptor.shortDescription!.markdown, ruleText(rule.meta, "ru").summary);
      assert.ok(descriptor.fullDescription!.markdown!.startsWith(ruleText(rule.meta, "ru").why));
      assert.equal(descriptor.helpUri, `${RULE_DOCS_URL}ru/${rule.meta.code}.md`);
      assert.match(descriptor.help!.markdown!, /## Нарушает правило/);
      if (rule.meta.guidelines.length > 0) assert.match(descriptor.fullDescription!.markdown!, /\n(Рекомендация|Принцип) \d+: [А-ЯЁа-яё]/);
    }
    const translated = allRules.find((r) => r.meta.translations);
    if (translated) assert.match(run.tool.driver.rules![allRules.indexOf(translated)].shortDescription!.markdown!, /[а-яё]{4}/);
  });

  it("the reviewer's report links each rule to its page in the report's language", () => {
    const plan = 'plan "План" {\n  stakeholder мчс "МЧС" { kind: government }\n}\n';
    const result = checkText(plan, { rules: allRules, locale: "ru" });
    const russian = renderReport(plan, result, { path: "план.micic", locale: "ru" });
    assert.ok(russian.includes(`]: ${RULE_DOCS_URL}ru/STK001.md`), russian.slice(-400));
    const english = renderReport(plan, checkText(plan, { rules: allRules }), { path: "plan.micic" });
    assert.ok(english.includes(`]: ${RULE_DOCS_URL}STK001.md`));
  });
});
