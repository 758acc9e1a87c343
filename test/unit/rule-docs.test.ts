/**
 * Every rule has its page in docs/rules/, in English and in each language
 * the tool speaks (docs/rules/ru/, uz/, uz-Cyrl/), the page is what the
 * rule's metadata generates (run `npm run docs` after changing a rule), and
 * the page's examples really fail and pass as they say.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Code, Heading, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { checkText } from "../helpers/checker";
import { parseConfig, settingsFor } from "../../server/src/core/config";
import { exampleHeadings, renderRuleDoc, renderRuleIndex, RULE_DOC_LOCALES, rulePagePath } from "../../server/src/markdown/rule-docs";
import { allRules } from "../../server/src/rules/index";
import { micicConfig, micicRules } from "../../server/src/workspace/micic-rules";
import { repoRoot, TODAY } from "../helpers/plan";

const docsDir = path.join(repoRoot, "docs", "rules");

/** The ```micic blocks of a page, keyed by the heading they stand under. */
function examples(markdown: string): Map<string, string> {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const found = new Map<string, string>();
  let current = "";
  for (const node of tree.children) {
    if (node.type === "heading") current = (node as Heading).children.map((c) => ("value" in c ? c.value : "")).join("");
    if (node.type === "code" && (node as Code).lang === "micic" && !found.has(current)) found.set(current, (node as Code).value);
  }
  return found;
}

describe("rule documentation", () => {
  it("docs/rules/README.md lists every rule", () => {
    const index = path.join(docsDir, "README.md");
    assert.equal(readFileSync(index, "utf8"), renderRuleIndex(allRules), "run `npm run docs`");
  });

  for (const locale of RULE_DOC_LOCALES.filter((l) => l !== "en")) {
    describe(`in ${locale} (docs/rules/${locale}/)`, () => {
      it("has an index of every rule and every rule's page, as the metadata generates them, and nothing else", () => {
        const index = path.join(docsDir, rulePagePath("README", locale));
        assert.ok(existsSync(index), `${index} is missing: run \`npm run docs\``);
        assert.equal(readFileSync(index, "utf8"), renderRuleIndex(allRules, locale), "the index is out of date: run `npm run docs`");
        for (const rule of allRules) {
          const page = path.join(docsDir, rulePagePath(rule.meta.code, locale));
          assert.ok(existsSync(page), `${page} is missing: run \`npm run docs\``);
          assert.equal(readFileSync(page, "utf8"), renderRuleDoc(rule, locale), `${rule.meta.code}: the page is out of date: run \`npm run docs\``);
        }
        const expected = new Set(["README.md", ...allRules.map((r) => `${r.meta.code}.md`)]);
        assert.deepEqual(readdirSync(path.dirname(index)).filter((f) => !expected.has(f)), [], "pages of rules that are gone");
      });

      it("shows each rule's examples as the English page does, under headings in the language", () => {
        const headings = exampleHeadings(locale);
        assert.notEqual(headings.fails, "Fails");
        for (const rule of allRules) {
          const found = examples(readFileSync(path.join(docsDir, rulePagePath(rule.meta.code, locale)), "utf8"));
          assert.equal(found.get(headings.fails), rule.meta.docs.failing.replace(/\n$/, ""), `${rule.meta.code} ${headings.fails}`);
          assert.equal(found.get(headings.passes), rule.meta.docs.passing.replace(/\n$/, ""), `${rule.meta.code} ${headings.passes}`);
        }
      });

      it("writes its fixed words in the language", () => {
        const page = readFileSync(path.join(docsDir, rulePagePath("EVAC004", locale)), "utf8").replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
        assert.doesNotMatch(page, /\b(Why|Fails|Passes|Configure|Default severity|Property|suppress)\b/);
        if (locale !== "uz") assert.match(page, /[\u0400-\u04FF]{4}/);
      });
    });
  }

  const codes = new Set<string>();
  const names = new Set<string>();
  for (const rule of allRules) {
    describe(`${rule.meta.code} ${rule.meta.name}`, () => {
      it("has a unique code and name", () => {
        assert.ok(!codes.has(rule.meta.code) && !names.has(rule.meta.name));
        codes.add(rule.meta.code);
        names.add(rule.meta.name);
        assert.match(rule.meta.code, /^[A-Z]{3,4}\d{3}$/);
        assert.match(rule.meta.name, /^[a-z]+(-[a-z]+)*$/);
      });

      const page = path.join(docsDir, `${rule.meta.code}.md`);
      it("has a page generated from its metadata", () => {
        assert.ok(existsSync(page), `${page} is missing: run \`npm run docs\``);
        assert.equal(readFileSync(page, "utf8"), renderRuleDoc(rule), "the page is out of date: run `npm run docs`");
      });

      it("its failing example fails and its passing example passes", () => {
        const found = examples(readFileSync(page, "utf8"));
        const failing = found.get("Fails");
        const passing = found.get("Passes");
        assert.ok(failing && passing, "the page has a Fails and a Passes example");
        const settings = { ...(rule.meta.docs.config ? settingsFor(micicRules, parseConfig(JSON.stringify(rule.meta.docs.config), "the page's configuration", micicConfig)) : {}), today: TODAY };
        const fails = checkText(failing, settings).findings.filter((f) => f.code === rule.meta.code);
        assert.ok(fails.length > 0, "the failing example fails");
        const passes = checkText(passing, settings).findings;
        assert.deepEqual(passes.filter((f) => f.code === rule.meta.code).map((f) => f.message), [], "the passing example passes");
        if (rule.meta.code !== "SYN001") {
          assert.deepEqual(passes.filter((f) => f.code === "SYN001").map((f) => f.message), [], "the passing example parses");
        }
      });
    });
  }
});
