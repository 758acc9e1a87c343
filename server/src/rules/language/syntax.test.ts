/**
 * SYN001 in the user's language: every problem the parser names (an id and
 * its values) is said in Russian and Uzbek, Chevrotain's own "expected …,
 * found …" too, each expected token named in the language's words and the
 * alternatives joined as it joins them. Chevrotain's messages are rare (40,000
 * random token sequences gave none: the grammar's own recovery names what it
 * meets), so they are given here as the parser records them.
 */
import assert from "node:assert/strict";
import { checkDocument } from "../../core/check";
import { parseDocument } from "../../core/document";
import { allRules } from "../index";

/** The SYN001 message of a plan whose parser reported `problem`, in `locale`. */
function said(problem: { id: string; params: Record<string, string> }, locale: string): string {
  const document = parseDocument('plan "P" {\n}\n');
  document.syntaxProblems.push({ message: "expected …", span: { start: 0, end: 4 }, ...problem });
  return checkDocument(document, { rules: allRules, locale }).findings.find((f) => f.code === "SYN001")!.message;
}

describe("SYN001 in the user's language", () => {
  const expected = { id: "expectedToken", params: { expected: "Colon|StringLiteral|Identifier", after: "country", found: "{", atEnd: "no" } };

  it("says Chevrotain's 'expected … found …' in English, Russian and Uzbek in both scripts", () => {
    assert.equal(said(expected, "en"), "Expected ':', a quoted text (\"…\") or a name after 'country', found '{'");
    assert.equal(said(expected, "ru"), "После `country` ожидается `:`, текст в кавычках (\"…\") или имя, а найдено: `{`");
    assert.equal(said(expected, "uz"), "`country` dan keyin `:`, qoʻshtirnoqdagi matn (\"…\") yoki nom boʻlishi kerak, ammo topildi: `{`");
    assert.match(said(expected, "uz-Cyrl"), /^`country` дан кейин `:`, қўштирноқдаги матн \("…"\) ёки ном бўлиши керак/);
  });

  it("says where nothing came before, and the end of the file", () => {
    const atEnd = { id: "expectedToken", params: { expected: "RCurly", after: "", found: "", atEnd: "yes" } };
    assert.equal(said(atEnd, "en"), "Expected '}', found the end of the file");
    assert.equal(said(atEnd, "ru"), "Здесь ожидается `}`, а найдено: конец файла");
    assert.equal(said({ id: "notInPlan", params: { found: "x", atEnd: "no", expected: "", after: "" } }, "ru"), "Здесь не ожидается `x`: всё содержимое файла должно быть внутри `{ … }` плана");
    assert.equal(said({ id: "expectedMember", params: { after: "population", found: "12", atEnd: "no", expected: "" } }, "uz"), "`population` dan keyin atribut (`nom: qiymat`) yoki blok boʻlishi kerak, ammo topildi: `12`");
  });

  it("puts what was found between code quotes in the translations, as the plan's words", () => {
    const text = 'plan "P" {\n  country: :\n}\n';
    const ru = checkDocument(parseDocument(text), { rules: allRules, locale: "ru" }).findings.filter((f) => f.code === "SYN001").map((f) => f.message);
    assert.ok(ru.includes("После `country:` ожидается значение, а найдено: `:`"), ru.join(" | "));
  });
});
