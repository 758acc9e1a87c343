/**
 * Every allowed value of every attribute in the schema says what it means
 * (core/value-docs.ts): a value added to the schema without a description
 * fails here, and so does a description of a value the schema dropped.
 */
import assert from "node:assert/strict";
import { blockSpecs, BOOLEAN_WORDS, attributeSpec, type AttributeSpec } from "../../server/src/core/schema";
import { MAX_GIST_LENGTH, VALUE_DOCS, valueDoc } from "../../server/src/core/value-docs";

/** The words an attribute takes from a fixed set: its words, yes and no, or `all`. */
function allowedWords(spec: AttributeSpec): readonly string[] {
  if (spec.type.kind === "word") return spec.type.words;
  if (spec.type.kind === "boolean") return BOOLEAN_WORDS;
  if (spec.type.kind === "reference" && spec.type.allowAll) return ["all"];
  return [];
}

const everyAllowedValue = [...blockSpecs.values()].flatMap((block) =>
  block.attributes.flatMap((attribute) => allowedWords(attribute).map((word) => ({ block: block.kind, attribute: attribute.name, word }))),
);

describe("value descriptions", () => {
  it("cover every allowed value of every attribute in the schema", () => {
    assert.ok(everyAllowedValue.length > 130, `${everyAllowedValue.length} values`);
    const missing = everyAllowedValue.filter(({ block, attribute, word }) => !valueDoc(block, attribute, word)).map(({ block, attribute, word }) => `${block}.${attribute}: ${word}`);
    assert.deepEqual(missing, [], "values without a description in server/src/core/value-docs.ts");
  });

  it("describe only values the schema allows", () => {
    const stale: string[] = [];
    for (const [key, table] of Object.entries(VALUE_DOCS)) {
      const [block, attribute] = key.split(".");
      const spec = attributeSpec(block, attribute);
      if (!spec) {
        stale.push(`${key} (no such attribute)`);
        continue;
      }
      const allowed = new Set(allowedWords(spec));
      for (const word of Object.keys(table)) if (!allowed.has(word)) stale.push(`${key}: ${word}`);
    }
    assert.deepEqual(stale, []);
  });

  it("give each value a short gist of its own and one plain sentence", () => {
    for (const { block, attribute, word } of everyAllowedValue) {
      const { gist, doc } = valueDoc(block, attribute, word)!;
      const where = `${block}.${attribute}: ${word}`;
      assert.ok(gist.length > 0 && gist.length <= MAX_GIST_LENGTH, `${where}: the gist "${gist}" is at most ${MAX_GIST_LENGTH} characters`);
      assert.match(gist, /^[A-Z][^.]*[^.\s]$/u, `${where}: the gist is a phrase with a capital and no full stop`);
      assert.match(doc, /^[A-Z`].*\.$/u, `${where}: the description is a sentence`);
      assert.doesNotMatch(doc.slice(0, -1), /\.\s/, `${where}: the description is one sentence`);
      assert.ok(doc.length <= 200, `${where}: the description is short (${doc.length} characters)`);
    }
    for (const [key, table] of Object.entries(VALUE_DOCS)) {
      const gists = Object.values(table).map((d) => d.gist);
      assert.equal(new Set(gists).size, gists.length, `${key}: every value has a gist of its own`);
    }
  });

  it("say what the channels the guidelines care about are", () => {
    assert.match(valueDoc("channel", "medium", "cell-broadcast")!.doc, /every phone in an area.*subscription.*local SIM/);
    assert.match(valueDoc("channel", "medium", "hotline")!.doc, /call/);
    assert.match(valueDoc("channel", "medium", "door-to-door")!.doc, /in person/);
    assert.match(valueDoc("channel", "medium", "messaging-app")!.doc, /WhatsApp/);
  });
});
