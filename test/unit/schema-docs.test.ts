/**
 * The editor's help on the plan language in Russian and Uzbek (issue 17):
 * every block's and attribute's description (core/schema.ts) and every
 * allowed value's gist and sentence (core/value-docs.ts) is translated
 * (server/src/messages/schema-docs-*.ts), keeps the English's plan words in
 * backticks, and is written in its own script; a missing entry reads in
 * English, never as its key; Uzbek in Cyrillic script is derived.
 */
import assert from "node:assert/strict";
import { attributeSpec, blockSpecs, BOOLEAN_WORDS, describeType, type AttributeSpec, type ValueType } from "../../server/src/core/schema";
import { MAX_GIST_LENGTH, VALUE_DOCS, valueDoc } from "../../server/src/core/value-docs";
import {
  attributeDoc,
  attributeTakes,
  blockDoc,
  localizedValueDoc,
  SCHEMA_DOC_TRANSLATIONS,
  schemaDoc,
  schemaDocIn,
  schemaWord,
  typeDescription,
  type SchemaDocsTranslation,
} from "../../server/src/messages/schema-docs";

const TRANSLATED = ["ru", "uz"] as const;

/** The words an attribute takes from a fixed set (as value-docs.test.ts reads them). */
function allowedWords(spec: AttributeSpec): readonly string[] {
  if (spec.type.kind === "word") return spec.type.words;
  if (spec.type.kind === "boolean") return BOOLEAN_WORDS;
  if (spec.type.kind === "reference" && spec.type.allowAll) return ["all"];
  return [];
}

const blocks = [...blockSpecs.values()];
const attributes = blocks.flatMap((block) => block.attributes.map((spec) => ({ block: block.kind, spec })));
const values = attributes.flatMap(({ block, spec }) => allowedWords(spec).map((word) => ({ block, attribute: spec.name, word })));

/** Every English text and its translation's, with where it is: blocks, attributes, values' gists and sentences. */
function pairs(locale: "ru" | "uz"): { where: string; en: string; text: string | undefined }[] {
  const t = SCHEMA_DOC_TRANSLATIONS[locale];
  return [
    ...blocks.map((b) => ({ where: `block:${b.kind}`, en: b.doc, text: t.blocks[b.kind] })),
    ...attributes.map(({ block, spec }) => ({ where: `attribute:${block}.${spec.name}`, en: spec.doc, text: t.attributes[`${block}.${spec.name}`] })),
    ...values.flatMap(({ block, attribute, word }) => {
      const english = valueDoc(block, attribute, word)!;
      const own = t.values[`${block}.${attribute}`]?.[word];
      return [
        { where: `gist:${block}.${attribute}.${word}`, en: english.gist, text: own?.gist },
        { where: `value:${block}.${attribute}.${word}`, en: english.doc, text: own?.doc },
      ];
    }),
  ];
}

/** The plan words a text writes in backticks. */
const codes = (text: string) => (text.match(/`[^`]+`/g) ?? []).sort();
/** A text's own words: without the plan's words in backticks. */
const words = (text: string) => text.replace(/`[^`]*`/g, " ");

/**
 * English words left in a Russian text (rule-messages.test.ts's check): the
 * names that are written in Latin letters in Russian too are allowed:
 * MICIC, SMS, ISO, and the messaging apps' own names.
 */
const ENGLISH_WORD = /\b(?!MICIC\b|SMS\b|ID\b|ISO\b|YAML\b|WhatsApp\b|Telegram\b|IMO\b)[A-Za-z]{2,}\b/g;

describe("the schema's help in Russian and Uzbek", () => {
  it("covers a schema of every block, attribute and allowed value", () => {
    assert.equal(blocks.length, 13);
    assert.ok(attributes.length > 70, `${attributes.length} attributes`);
    assert.ok(values.length > 130, `${values.length} values`);
  });

  for (const locale of TRANSLATED) {
    it(`${locale}: translates every block, attribute and value (its gist and its sentence)`, () => {
      const missing = pairs(locale).filter((p) => !p.text).map((p) => p.where);
      assert.deepEqual(missing, [], `not translated into ${locale}`);
    });

    it(`${locale}: translates nothing the schema does not have`, () => {
      const t: SchemaDocsTranslation = SCHEMA_DOC_TRANSLATIONS[locale];
      const stale = [
        ...Object.keys(t.blocks).filter((kind) => !blockSpecs.has(kind)).map((k) => `block:${k}`),
        ...Object.keys(t.attributes).filter((key) => !attributeSpec(...(key.split(".") as [string, string]))).map((k) => `attribute:${k}`),
        ...Object.entries(t.values).flatMap(([key, table]) => Object.keys(table).filter((word) => !Object.hasOwn(VALUE_DOCS[key] ?? {}, word)).map((w) => `value:${key}.${w}`)),
      ];
      assert.deepEqual(stale, []);
    });

    it(`${locale}: keeps the English's plan words in backticks`, () => {
      for (const { where, en, text } of pairs(locale)) {
        const lost = codes(en).filter((code) => !text!.includes(code));
        assert.deepEqual(lost, [], `${where}: ${text}`);
      }
    });

    it(`${locale}: gives each value a short gist of its own and one sentence, as the English does`, () => {
      for (const { block, attribute, word } of values) {
        const { gist, doc } = localizedValueDoc(locale, block, attribute, word)!;
        const where = `${block}.${attribute}: ${word}`;
        assert.ok(gist.length <= MAX_GIST_LENGTH, `${where}: the gist "${gist}" is at most ${MAX_GIST_LENGTH} characters (${gist.length})`);
        assert.match(gist, /^[\p{Lu}`][^.]*[^.\s]$/u, `${where}: the gist "${gist}" is a phrase with a capital and no full stop`);
        assert.match(doc, /^[\p{Lu}`].*\.$/u, `${where}: "${doc}" is a sentence`);
        assert.doesNotMatch(doc.slice(0, -1), /\.\s/, `${where}: "${doc}" is one sentence`);
      }
      for (const key of Object.keys(VALUE_DOCS)) {
        const gists = Object.values(SCHEMA_DOC_TRANSLATIONS[locale].values[key]).map((d) => d.gist);
        assert.equal(new Set(gists).size, gists.length, `${key}: every value has a gist of its own`);
      }
    });
  }

  it("ru: is Russian, with no English word outside backticks", () => {
    for (const { where, text } of pairs("ru")) {
      const english = words(text!).match(ENGLISH_WORD);
      assert.equal(english, null, `${where}: English left in the Russian: ${english?.join(", ")}`);
      assert.match(words(text!), /[\u0400-\u04FF]{2}/, `${where}: the Russian is Russian`);
    }
  });

  it("uz: is Uzbek in Latin script, oʻ and gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC)", () => {
    let turned = 0;
    for (const { where, text } of pairs("uz")) {
      const own = words(text!);
      assert.doesNotMatch(own, /[\u0400-\u04FF]/, `${where}: Uzbek is written in Latin script: ${text}`);
      assert.doesNotMatch(own, /[oOgG]['‘’`]/, `${where}: oʻ and gʻ are written with ʻ (U+02BB): ${text}`);
      assert.doesNotMatch(own, /\p{L}['’]\p{L}/u, `${where}: the tutuq belgisi is ʼ (U+02BC): ${text}`);
      turned += (own.match(/[oOgG]ʻ/g) ?? []).length;
    }
    assert.ok(turned > 100, `oʻ and gʻ are used (${turned})`);
    assert.match(schemaDoc("uz", "block:pathway")!, /Yoʻnaltirish mexanizmi/);
    assert.match(schemaDoc("uz", "attribute:referral.data-retention")!, /maʼlumotlar/);
  });

  it("uz-Cyrl: is the Uzbek in Cyrillic script, the plan's words and the names of apps and codes left as they are", () => {
    assert.equal(
      schemaDoc("uz-Cyrl", "attribute:evacuation.regardless-of-status"),
      "`yes` — агар ҳар бир мигрант миграция мақомидан қатъи назар эвакуация қилиниши мумкин бўлса (MICIC қўлланмаси, тамойил 1).",
    );
    assert.equal(schemaDoc("uz-Cyrl", "gist:channel.medium.cell-broadcast"), "Ҳудуддаги ҳар бир телефонга огоҳлантириш");
    const latinLeft = new Set<string>();
    for (const { where } of pairs("uz")) {
      const cyrillic = schemaDoc("uz-Cyrl", where)!;
      assert.deepEqual(codes(cyrillic), codes(schemaDoc("uz", where)!), `${where}: the plan's words stay`);
      for (const word of words(cyrillic).match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []) latinLeft.add(word);
    }
    assert.deepEqual([...latinLeft].sort(), ["IMO", "ISO", "MICIC", "SMS", "WhatsApp"], "only names and codes stay in Latin letters");
  });

  it("finds a text by its key, in English from the schema itself, and nothing for a key the schema does not know", () => {
    assert.equal(schemaDoc("en", "block:population"), blockSpecs.get("population")!.doc);
    assert.equal(schemaDoc("en", "attribute:population.languages"), attributeSpec("population", "languages")!.doc);
    assert.equal(schemaDoc("en", "value:channel.medium.cell-broadcast"), valueDoc("channel", "medium", "cell-broadcast")!.doc);
    assert.equal(schemaDoc("ru", "gist:channel.medium.cell-broadcast"), "Оповещение на каждый телефон в районе");
    assert.equal(blockDoc("ru", "population"), schemaDoc("ru", "block:population"));
    assert.equal(attributeDoc("uz", "population", "languages"), schemaDoc("uz", "attribute:population.languages"));
    for (const key of ["block:nothing", "attribute:population.medium", "attribute:population", "value:channel.medium.pigeon", "value:channel.medium", "gist:x.y.z", "nothing:plan", "plan"]) {
      assert.equal(schemaDoc("ru", key), undefined, key);
    }
    assert.equal(localizedValueDoc("ru", "channel", "medium", "pigeon"), undefined);
  });

  it("falls back to the English entry by entry where a translation lacks one, never to the key", () => {
    const partial = { blocks: { plan: "План" }, attributes: {}, values: { "channel.medium": { sms: { gist: "Сообщения", doc: "Сообщения." } } } };
    const translations = { ru: partial, uz: partial };
    assert.equal(schemaDocIn(translations, "ru", "block:plan"), "План");
    assert.equal(schemaDocIn(translations, "ru", "block:population"), blockSpecs.get("population")!.doc);
    assert.equal(schemaDocIn(translations, "ru", "value:channel.medium.sms"), "Сообщения.");
    assert.equal(schemaDocIn(translations, "ru", "value:channel.medium.radio"), valueDoc("channel", "medium", "radio")!.doc);
    assert.equal(schemaDocIn(translations, "uz-Cyrl", "attribute:plan.lead"), attributeSpec("plan", "lead")!.doc, "the English is not transliterated");
  });

  it("says what each type takes: the schema's words in English, the translation's elsewhere", () => {
    const types: ValueType[] = [...new Map(attributes.map(({ spec }) => [JSON.stringify(spec.type), spec.type])).values()];
    for (const type of types) {
      assert.equal(typeDescription("en", type), describeType(type));
      const ru = typeDescription("ru", type);
      assert.equal(words(ru).match(ENGLISH_WORD), null, `${type.kind}: ${ru}`);
      assert.match(ru, /[а-я]{3}/, `${type.kind}: ${ru}`);
      assert.doesNotMatch(words(typeDescription("uz", type)), /[\u0400-\u04FF]/);
      assert.match(typeDescription("uz-Cyrl", type), /[\u0400-\u04FF]{3}/);
    }
    assert.equal(typeDescription("ru", { kind: "word", words: ["informed", "not-sought"] }), "одно из значений `informed` или `not-sought`");
    assert.equal(typeDescription("ru", { kind: "date" }, true), "дату (ГГГГ-ММ-ДД)");
    assert.equal(typeDescription("uz", { kind: "number" }, true), "sonni");
    assert.equal(typeDescription("uz-Cyrl", { kind: "reference", target: "stakeholder", allowAll: true }), "`stakeholder` блокининг идентификатори ёки `all`");
    assert.equal(attributeTakes("en", attributeSpec("population", "nationalities")!), "a list of country code (ISO 3166-1 alpha-2, like KG)");
    assert.equal(attributeTakes("en", attributeSpec("population", "size")!), "a number");
    assert.equal(attributeTakes("ru", attributeSpec("population", "size")!), "число");
    assert.match(attributeTakes("ru", attributeSpec("population", "nationalities")!), /^список, каждое значение которого — код страны/);
  });

  it("says the words around the help in every language", () => {
    assert.equal(schemaWord("en", "expected"), "_Expected by the MICIC rules._");
    assert.equal(schemaWord("ru", "expected"), "_Требуется правилами MICIC._");
    assert.equal(schemaWord("uz-Cyrl", "blockDetail", { kind: "assembly-point" }), "`assembly-point` блоки");
    assert.equal(schemaWord("en", "today"), "Today's date");
    assert.equal(schemaWord("uz", "listDetail", { type: "son" }), "roʻyxat: son");
  });
});
