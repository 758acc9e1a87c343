/**
 * Language codes in every common form (docs/spec/LANGUAGE.md): ISO 639-1, 639-2/T and
 * /B, 639-3, and BCP 47 tags with a script or a region, compared by the
 * language they name.
 */
import assert from "node:assert/strict";
import { isLanguageCode, languageKey, languageName, parseLanguageTag, sameLanguage, suggestLanguage } from "../../server/src/core/codes";

describe("language codes", () => {
  it("accepts every ISO 639 form and BCP 47 tags with a script or a region", () => {
    for (const code of ["ru", "rus", "uz", "uzb", "tg", "tgk", "prs", "fa", "per", "fas", "uz-Cyrl", "uz-Latn", "ru-RU", "uz-Latn-UZ", "es-419"]) {
      assert.ok(isLanguageCode(code), code);
    }
    for (const code of ["xx", "RU", "Russian", "uz-cyrl", "uz-Cyrillic", "ru-XX", "ru-", "-ru", "u", "ruus"]) {
      assert.ok(!isLanguageCode(code), code);
    }
    assert.deepEqual(parseLanguageTag("uz-Latn-UZ"), { language: "uz", script: "Latn", region: "UZ" });
  });

  it("compares codes by the language they name, whatever their form, script or region", () => {
    assert.ok(sameLanguage("rus", "ru"));
    assert.ok(sameLanguage("ru-RU", "rus"));
    assert.ok(sameLanguage("uz-Cyrl", "uz"));
    assert.ok(sameLanguage("uz-Cyrl", "uz-Latn"));
    assert.ok(sameLanguage("uzb", "uz-Latn"));
    assert.ok(sameLanguage("per", "fas"), "639-2/B and /T of one language");
    assert.ok(sameLanguage("tgk", "tg"));
    assert.ok(!sameLanguage("prs", "fa"), "Dari and Persian have codes of their own");
    assert.ok(!sameLanguage("ru", "uk"));
    assert.ok(!sameLanguage("xx", "xx"), "no language is no language");
    assert.equal(languageKey("rus"), "ru");
    assert.equal(languageKey("prs"), "prs");
  });

  it("names a language, with its script when the code gives one", () => {
    assert.equal(languageName("rus"), "Russian");
    assert.equal(languageName("uz-Cyrl"), "Uzbek (Cyrillic)");
    assert.equal(languageName("uz-Latn-UZ"), "Uzbek (Latin)");
    assert.equal(languageName("xx"), undefined);
  });

  it("suggests the code for a name or a code in the wrong case", () => {
    assert.equal(suggestLanguage("Russian"), "ru");
    assert.equal(suggestLanguage("RU"), "ru");
    assert.equal(suggestLanguage("UZ-cyrl"), "uz-Cyrl");
    assert.equal(suggestLanguage("Klingonese"), undefined);
  });
});

describe("keywords typed in Russian or Uzbek", () => {
  it("finds the English keyword a Russian or Uzbek name stands for", async () => {
    const { englishKeyword, KEYWORD_NAMES } = await import("../../server/src/core/keyword-names");
    assert.deepEqual(englishKeyword("языки"), { keyword: "languages", language: "ru" });
    assert.deepEqual(englishKeyword("Языки"), { keyword: "languages", language: "ru" });
    assert.deepEqual(englishKeyword("tillar"), { keyword: "languages", language: "uz" });
    assert.deepEqual(englishKeyword("sig'im"), { keyword: "capacity", language: "uz" }, "typed with an ASCII apostrophe");
    assert.deepEqual(englishKeyword("охватывает", ["medium", "reaches"]), { keyword: "reaches", language: "ru" }, "the keyword of the block it stands in");
    assert.equal(englishKeyword("languages"), undefined);
    const { schemaVocabulary } = await import("../../server/src/core/schema");
    const { blocks, attributes } = schemaVocabulary();
    assert.deepEqual([...blocks, ...attributes].filter((k) => !KEYWORD_NAMES[k]), [], "every keyword has its Russian and Uzbek names");
  });
});
