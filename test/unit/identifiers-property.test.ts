/**
 * Plans as Russian- and Uzbek-speaking drafters type them (issue 16): for
 * random names drawn from Latin, Cyrillic and Uzbek Latin letters (oʻ and gʻ
 * with U+02BB), in NFC or decomposed, and titles in every quote style,
 * parse → format → parse gives the same plan, the formatter keeps each
 * title's quotes, and every reference finds its declaration.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { walkBlocks, type Block } from "../../server/src/core/ast";
import { parseDocument } from "../../server/src/core/document";
import { formatPlan } from "../../server/src/core/format";
import { resolve } from "../../server/src/core/resolve";

const LATIN = [..."abcdefghijklmnopqrstuvwxyz"];
const CYRILLIC = [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳАБВГДМЧС"];
const UZBEK = ["oʻ", "gʻ", "sh", "ch", "ng", ..."aeiouxqh"];
const QUOTES: [string, string][] = [['"', '"'], ["«", "»"], ["“", "”"], ["„", "“"]];

/** A name in one script (mixing them is NAM004's business), starting with a letter, with digits, _ and - inside. */
const nameIn = (letters: string[]) =>
  fc
    .tuple(fc.constantFrom(...letters.filter((l) => /^\p{L}/u.test(l))), fc.array(fc.constantFrom(...letters, "_", "-", "1", "2"), { maxLength: 8 }))
    .map(([first, rest]) => first + rest.join(""));
const name = fc.oneof(nameIn(LATIN), nameIn(CYRILLIC), nameIn(UZBEK));

/** A title's text: any letters and spaces, quotes of other styles inside, never its own closing quote. */
const title = fc.tuple(fc.constantFrom(...QUOTES), fc.array(fc.constantFrom(...CYRILLIC, ...LATIN, " ", "ʻ", "«", "»", "“", "„", "'"), { minLength: 1, maxLength: 12 })).map(([[open, close], chars]) => {
  const body = chars.filter((c) => c !== close && c !== open && c !== '"').join("");
  return `${open}${body || "x"}${close}`;
});

/** A plan declaring each stakeholder and population, and referring to them from the evacuation. */
const plan = fc
  .uniqueArray(name, { minLength: 2, maxLength: 6, selector: (n) => n.normalize("NFC") })
  .chain((names) => fc.tuple(fc.constant(names), fc.array(title, { minLength: names.length, maxLength: names.length }), fc.boolean(), fc.boolean()))
  .map(([names, titles, decomposed, compact]) => {
    const [lead, ...populations] = names;
    const spell = (n: string) => (decomposed ? n.normalize("NFD") : n);
    const body = [
      `  lead: ${spell(lead)}`,
      `  stakeholder ${lead} ${titles[0]} { kind: government  contact: “+998 71 000 0000” }`,
      ...populations.map((p, i) => (compact ? `  population ${p} ${titles[i + 1]} { size: ${i + 1} }` : `  population ${p} ${titles[i + 1]} {\n      size:   ${i + 1}\n  }`)),
      `  evacuation {`,
      `    lead: ${spell(lead)}`,
      `    covers: ${populations.map(spell).join(", ")}`,
      `  }`,
    ];
    return { text: `plan «План» {\n${body.join("\n")}\n}\n`, names, titles };
  });

/** What a plan says, without where it says it: kinds, ids, titles, attributes and their values. */
function shape(block: Block): unknown {
  return {
    kind: block.kind.text,
    id: block.id?.text,
    title: block.title?.text,
    members: block.members.map((m) => (m.type === "attribute" ? { name: m.name.text, values: m.values.map((v) => v.text) } : shape(m))),
  };
}

describe("names in any script and titles in any quotes, as drafters type them", () => {
  it("parse → format → parse gives the same plan, keeps each title's quotes, and resolves every reference", () => {
    fc.assert(
      fc.property(plan, ({ text, titles }) => {
        const before = parseDocument(text);
        assert.deepEqual(before.syntaxProblems, [], text);
        const formatted = formatPlan(text);
        assert.ok(formatted !== undefined, text);
        for (const t of titles) assert.ok(formatted.includes(t), `the title ${t} keeps its quotes:\n${formatted}`);
        const after = parseDocument(formatted);
        assert.deepEqual(after.syntaxProblems, []);
        assert.deepEqual(shape(after.plan!), shape(before.plan!));
        assert.equal(formatPlan(formatted), formatted, "formatting twice changes nothing");
        const resolution = resolve(after.plan);
        const broken = resolution.references.filter((r) => !r.target).map((r) => r.name);
        assert.deepEqual(broken, [], `every reference resolves, in NFC whatever was typed:\n${text}`);
        assert.ok([...walkBlocks(after.members)].length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
