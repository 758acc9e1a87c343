import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { attributeOf, blocksOf, type Block } from "../../server/src/core/ast";
import { parseDocument } from "../../server/src/core/document";
import { validateGrammar } from "../../server/src/core/parser";
import { checkText } from "../helpers/checker";
import { offsetOf, repoRoot, sampleFiles, TODAY } from "../helpers/plan";

/** The example plan of the language's specification (docs/spec/LANGUAGE.md). */
export function languageExample(): string {
  const markdown = readFileSync(path.join(repoRoot, "docs", "spec", "LANGUAGE.md"), "utf8");
  const match = /```micic\n([\s\S]*?)```/.exec(markdown);
  assert.ok(match, "LANGUAGE.md has a ```micic example");
  return match[1];
}

function messages(text: string): string[] {
  const doc = parseDocument(text);
  return doc.syntaxProblems.map((p) => {
    const at = doc.lines.position(p.span.start);
    return `${at.line + 1}:${at.character + 1} ${p.message}`;
  });
}

describe("parser", () => {
  it("has a sound grammar (Chevrotain's validations, which the shipped parser skips at start-up)", () => {
    assert.doesNotThrow(() => validateGrammar());
  });

  it("parses the example of LANGUAGE.md without a problem", () => {
    const doc = parseDocument(languageExample());
    assert.deepEqual(doc.syntaxProblems, []);
    assert.equal(doc.plan?.title?.text, "Tashkent Province flood contingency plan: migrants");
    assert.deepEqual(blocksOf(doc.plan!).map((b) => b.kind.text + (b.id ? " " + b.id.text : "")), [
      "stakeholder mes",
      "stakeholder kg_embassy",
      "stakeholder red_crescent",
      "population seasonal_workers",
      "evacuation",
      "communication",
      "referral",
    ]);
  });

  it("gives every block, attribute, name and value its exact span", () => {
    const text = 'plan "P" {\n  stakeholder mes "Ministry" { kind: government  contact: "+1", "+2" }\n}\n';
    const doc = parseDocument(text);
    const mes = blocksOf(doc.plan!, "stakeholder")[0];
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    assert.equal(slice(mes.span), 'stakeholder mes "Ministry" { kind: government  contact: "+1", "+2" }');
    assert.equal(slice(mes.kind.span), "stakeholder");
    assert.equal(slice(mes.id!.span), "mes");
    assert.equal(slice(mes.title!.span), '"Ministry"');
    assert.equal(slice(mes.open!), "{");
    assert.equal(slice(mes.close!), "}");
    const contact = attributeOf(mes, "contact")!;
    assert.equal(slice(contact.span), 'contact: "+1", "+2"');
    assert.equal(slice(contact.name.span), "contact");
    assert.equal(slice(contact.colon!), ":");
    assert.deepEqual(contact.values.map((v) => slice(v.span)), ['"+1"', '"+2"']);
    assert.equal(contact.parent, mes);
    assert.equal(mes.parent, doc.plan);
  });

  it("reads several attributes on one line, and every kind of value", () => {
    const text = 'plan "P" { medium: sms  languages: ru, tg  size: 12_000 reviewed: 2024-04-26 retention: 90d note: """a\nb""" }';
    const doc = parseDocument(text);
    assert.deepEqual(doc.syntaxProblems, []);
    const values = doc.plan!.members.map((m) => (m.type === "attribute" ? `${m.name.text}=${m.values.map((v) => `${v.kind}:${v.text}`).join(",")}` : ""));
    assert.deepEqual(values, [
      "medium=ident:sms",
      "languages=ident:ru,ident:tg",
      "size=number:12000",
      "reviewed=date:2024-04-26",
      "retention=duration:90d",
      "note=text:a\nb",
    ]);
  });

  it("decodes the three escapes and reports any other", () => {
    const doc = parseDocument('plan "a \\"b\\" \\\\ \\n c \\t" { }');
    assert.equal(doc.plan!.title!.text, 'a "b" \\ \n c \\t');
    assert.equal(doc.syntaxProblems.length, 1);
    assert.match(doc.syntaxProblems[0].message, /unknown escape '\\t'/);
    assert.deepEqual(doc.syntaxProblems[0].span, { start: 22, end: 24 });
  });

  it("accepts a block's brace on the next line and ids with - and _", () => {
    const doc = parseDocument('plan "P"\n{\n  route north-2_b\n  {\n    to: stadium\n  }\n}\n');
    assert.deepEqual(doc.syntaxProblems, []);
    assert.equal(blocksOf(doc.plan!)[0].id?.text, "north-2_b");
  });

  it("says a colon is missing in a drafter's words, at the right place", () => {
    assert.deepEqual(messages('plan "P" {\n  stakeholder mes "M" {\n    contact "+998"\n  }\n}'), [
      "3:12 expected ':' after 'contact'",
    ]);
  });

  it("says a value is missing, at the end of the line where it is missing", () => {
    assert.deepEqual(messages('plan "P" {\n  country:\n  area: "x"\n}'), [
      "2:10 expected a value after 'country:', found 'area'",
    ]);
  });

  it("says a value is missing after a comma", () => {
    assert.deepEqual(messages('plan "P" {\n  hazards: flood, }'), [
      "2:17 expected another value after ',' in 'hazards', found '}'",
    ]);
    assert.deepEqual(messages('plan "P" {\n  hazards: flood,\n  area: "x"\n}'), [
      "2:17 expected another value after ',' in 'hazards': 'area:' begins the next attribute, so remove the ','",
    ]);
  });

  it("closes a block whose '}' is missing where its indentation ends it: one finding, the rest in its place", () => {
    const text = 'plan "P" {\n  population p "P" {\n    size: 1\n  evacuation {\n    covers: all\n  }\n}\n';
    assert.deepEqual(messages(text), ["2:3 population 'p' has no closing '}': put one after line 3, before 'evacuation' on line 4"]);
    const doc = parseDocument(text);
    assert.deepEqual(doc.plan!.members.map((m) => (m.type === "block" ? m.kind.text : m.name.text)), ["population", "evacuation"]);
  });

  it("leaves a plan written without indentation to the braces, and names the unclosed block at the end", () => {
    const text = 'plan "P" {\npopulation p "P" {\nsize: 1\nevacuation {\ncovers: all\n}\n}\n';
    assert.deepEqual(messages(text), ["1:1 'plan' has no closing '}'"]);
  });

  it("gives one finding for a missing '}' in a sample, and none of the findings that only the misreading made", () => {
    const sample = sampleFiles().find((s) => s.name === "tashkent-flood.micic")!.text;
    const at = sample.indexOf("\n  }", sample.indexOf("stakeholder "));
    const broken = sample.slice(0, at) + sample.slice(at + 4);
    const findings = checkText(broken, { today: TODAY }).findings;
    assert.deepEqual(findings.map((f) => f.code), ["SYN001"]);
    assert.match(findings[0].message, /^stakeholder 'mes' has no closing '\}': put one after line \d+, before stakeholder '\w+' on line \d+$/);
  });

  it("reports stray braces and tokens and keeps the block's members in place", () => {
    const text = 'plan "P" {\n  "orphan text"\n  country: "X"\n}\n}\n';
    const doc = parseDocument(text);
    assert.deepEqual(messages(text), [
      "2:3 unexpected '\"orphan text\"': a block holds attributes (name: value) and blocks",
      "5:1 '}' closes no block: remove it, or check the braces above",
    ]);
    assert.ok(attributeOf(doc.plan!, "country"));
  });

  it("recovers from several mistakes and still yields every valid block", () => {
    const text = [
      'plan "Recovery" {',
      "  country \"Uzbekistan\"", // missing colon
      "  stakeholder mes \"Ministry\" {",
      "    kind: government",
      "    contact:", // missing value
      "  }",
      "  stakeholder ngo \"NGO\" { kind: civil-society, contact: \"1\" }", // comma between attributes
      "  population p \"P\" { size: 12 @ 13 }", // stray character
      "  evacuation {",
      "    covers: all,", // dangling comma
      "  }",
      "  communication { channel sms \"SMS\" { medium: sms } }",
      "}",
    ].join("\n");
    const doc = parseDocument(text);
    assert.deepEqual(
      doc.syntaxProblems.map((p) => doc.lines.position(p.span.start).line + 1),
      [2, 5, 7, 8, 10],
      messages(text).join("\n"),
    );
    assert.match(messages(text)[2], /'contact:' begins the next attribute, so remove the ','/);
    const kinds = blocksOf(doc.plan!).map((b: Block) => b.kind.text + (b.id ? " " + b.id.text : ""));
    assert.deepEqual(kinds, ["stakeholder mes", "stakeholder ngo", "population p", "evacuation", "communication"]);
    assert.ok(blocksOf(blocksOf(doc.plan!, "communication")[0], "channel").length === 1);
    assert.equal(attributeOf(doc.plan!, "country")?.values[0].text, "Uzbekistan");
  });

  it("reports an empty file and text outside the plan", () => {
    assert.deepEqual(messages(""), ['1:1 the file has no plan: start it with plan "Title" { … }']);
    assert.deepEqual(messages('country: "X"\nplan "P" { }\nplan "Q" { }'), [
      "1:1 'country' stands outside the plan: move it inside plan \"…\" { … }",
      "3:1 a file holds one plan: move this plan to a file of its own",
    ]);
  });

  it("counts positions exactly in CRLF files, as an editor does", () => {
    const lf = 'plan "P" {\n  country "X"\n  size: @\n}\n';
    const crlf = lf.replace(/\n/g, "\r\n");
    assert.deepEqual(messages(crlf), messages(lf));
    const doc = parseDocument(crlf);
    const country = attributeOf(doc.plan!, "country")!;
    assert.deepEqual(doc.lines.range(country.name.span), {
      start: { line: 1, character: 2 },
      end: { line: 1, character: 9 },
    });
    assert.equal(offsetOf(crlf, "country"), country.name.span.start);
  });

  it("reads 10,000 nested blocks without overflowing the stack, with one problem", () => {
    const depth = 10_000;
    const text = 'plan "P" {\n' + "evacuation {\n".repeat(depth) + "}\n".repeat(depth) + "}\n";
    const found = messages(text);
    assert.deepEqual(found, ["33:12 blocks are nested more than 32 deep here; a plan needs three levels (plan, section, block), so what is nested deeper is not read"]);
  });

  it("treats a byte-order mark as white space", () => {
    assert.deepEqual(parseDocument('\uFEFFplan "P" { }').syntaxProblems, []);
  });
});

describe("text that is not a plan", () => {
  it("says once that YAML is YAML, and shows how its first lines read as a plan", () => {
    const yaml = "# annex 3\nplan: Tashkent flood plan\ncountry: Uzbekistan\nhazards:\n  - flood\n  - earthquake\nlead: mes\n";
    const doc = parseDocument(yaml);
    assert.equal(doc.syntaxProblems.length, 1);
    assert.equal(
      doc.syntaxProblems[0].message,
      'this looks like YAML, not a plan: a plan is written as plan "Title" { … }, with attributes as name: value and blocks in braces. Its first lines would read: plan "Tashkent flood plan" {  country: "Uzbekistan"  lead: mes  …  }',
    );
    const suggested = /read: (plan .*)$/.exec(doc.syntaxProblems[0].message)![1].replace("…", "");
    assert.deepEqual(parseDocument(suggested).syntaxProblems, [], "the suggested lines parse");
  });

  it("does not take a plan, or a plan with a stray colon line, for YAML", () => {
    assert.ok(!parseDocument('plan "P" {\n  country: "X"\n}\n').syntaxProblems.some((p) => /YAML/.test(p.message)));
    assert.ok(!parseDocument("country: X\nplan \"P\" {\n}\n").syntaxProblems.some((p) => /YAML/.test(p.message)));
  });
});
