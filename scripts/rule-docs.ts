// Writes docs/rules/<CODE>.md and docs/rules/README.md from the rules'
// metadata (`npm run docs`). A test fails when they are out of date.
import { mkdirSync, writeFileSync } from "node:fs";
import { renderRuleDoc, renderRuleIndex } from "../server/src/markdown/rule-docs";
import { allRules } from "../server/src/rules/index";

const dir = new URL("../docs/rules/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const rule of allRules) writeFileSync(new URL(`${rule.meta.code}.md`, dir), renderRuleDoc(rule));
writeFileSync(new URL("README.md", dir), renderRuleIndex(allRules));
console.log(`wrote ${allRules.length} rule pages to docs/rules/`);
