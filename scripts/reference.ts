// Writes docs/reference.md (`npm run docs`): every block, attribute and
// allowed word of the plan language, from the schema. A test fails when it
// is out of date.
import { writeFileSync } from "node:fs";
import { renderReference } from "../server/src/markdown/reference";

writeFileSync(new URL("../docs/reference.md", import.meta.url), renderReference());
console.log("wrote docs/reference.md");
