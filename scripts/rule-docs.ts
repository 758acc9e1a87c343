// Writes what is generated from the rules' metadata (`npm run docs`):
// docs/rules/<CODE>.md and docs/rules/README.md in English, the same pages
// in Russian and Uzbek (docs/rules/ru/, uz/, uz-Cyrl/: rulePagePath), and
// the JSON schema of .micicrc.json. A test fails when any of them is out of
// date.
import { mkdirSync, writeFileSync } from "node:fs";
import { configJsonSchema } from "../server/src/core/config";
import { renderRuleDoc, renderRuleIndex, RULE_DOC_LOCALES, rulePagePath } from "../server/src/markdown/rule-docs";
import { allRules } from "../server/src/rules/index";

const rulesDir = new URL("../docs/rules/", import.meta.url);
for (const locale of RULE_DOC_LOCALES) {
  const index = new URL(rulePagePath("README", locale), rulesDir);
  mkdirSync(new URL(".", index), { recursive: true });
  for (const rule of allRules) writeFileSync(new URL(rulePagePath(rule.meta.code, locale), rulesDir), renderRuleDoc(rule, locale));
  writeFileSync(index, renderRuleIndex(allRules, locale));
}

const schemasDir = new URL("../schemas/", import.meta.url);
mkdirSync(schemasDir, { recursive: true });
writeFileSync(new URL("micicrc.schema.json", schemasDir), JSON.stringify(configJsonSchema(allRules), null, 2) + "\n");
console.log(`wrote ${allRules.length} rule pages in ${RULE_DOC_LOCALES.join(", ")} to docs/rules/ and schemas/micicrc.schema.json`);
