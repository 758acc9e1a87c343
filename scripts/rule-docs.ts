// Writes what is generated from the rules' metadata (`npm run docs`):
// docs/rules/<CODE>.md, docs/rules/README.md and the JSON schema of
// .micicrc.json. A test fails when any of them is out of date.
import { mkdirSync, writeFileSync } from "node:fs";
import { configJsonSchema } from "../server/src/core/config";
import { renderRuleDoc, renderRuleIndex } from "../server/src/markdown/rule-docs";
import { allRules } from "../server/src/rules/index";

const rulesDir = new URL("../docs/rules/", import.meta.url);
mkdirSync(rulesDir, { recursive: true });
for (const rule of allRules) writeFileSync(new URL(`${rule.meta.code}.md`, rulesDir), renderRuleDoc(rule));
writeFileSync(new URL("README.md", rulesDir), renderRuleIndex(allRules));

const schemasDir = new URL("../schemas/", import.meta.url);
mkdirSync(schemasDir, { recursive: true });
writeFileSync(new URL("micicrc.schema.json", schemasDir), JSON.stringify(configJsonSchema(allRules), null, 2) + "\n");
console.log(`wrote ${allRules.length} rule pages to docs/rules/ and schemas/micicrc.schema.json`);
