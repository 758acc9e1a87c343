/**
 * The plan templates (server/src/templates/): a new plan from each, in
 * each locale, checks with only the findings that mark what the drafter
 * must still fill in, and every place to fill is reported; the drafter's
 * answers are read in English, Russian and Uzbek.
 */
import assert from "node:assert/strict";
import { parse } from "@formatjs/icu-messageformat-parser";
import { lex } from "../../server/src/core/lexer";
import { LOCALES, type Locale } from "../../server/src/messages/locales";
import { readArea, readCountry, readHazards, readLead } from "../../server/src/templates/answers";
import { TEMPLATES, templateNamed } from "../../server/src/templates/index";
import { sharedTexts } from "../../server/src/templates/shared-texts";
import { renderTemplate, type TemplateAnswers } from "../../server/src/templates/template";
import { checkText } from "../helpers/checker";

/**
 * What a new plan may be told: the place is still to fill, and what goes
 * there (SCH004; SCH002 leaves such places to it), and the MICIC rules that read an attribute still holding "…" as not answered and
 * say what the guidelines ask of it. Each stands on a place to fill.
 */
const FILL_IN = new Set(["SCH004", "EVAC001", "EVAC003", "EVAC004", "EVAC005", "EVAC010", "EVAC014", "COMM010", "REF003", "REF004", "REF005"]);

/** Answers a drafter of each locale would give: names in the locale's script, Uzbek Latin with oʻ and gʻ. */
const ANSWERS: Record<Locale, TemplateAnswers> = {
  en: { country: "UZ", area: "Tashkent Province", hazards: ["earthquake", "flood"], lead: "mes" },
  ru: { country: "KG", area: "Ошская область «Юг»", hazards: ["mudflow"], lead: "мчс" },
  uz: { country: "UZ", area: "Fargʻona vodiysi", hazards: ["flood", "mudflow"], lead: "oʻzbekiston_fvv" },
  "uz-Cyrl": { country: "TJ", area: "Фарғона \"водийси\"", hazards: ["earthquake"], lead: "фвв" },
};

/** The offsets of every "…" the plan holds outside its comments. */
function placeholders(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (!line.trimStart().startsWith("#")) {
      for (const match of line.matchAll(/"…"/g)) found.push({ start: offset + match.index, end: offset + match.index + 3 });
    }
    offset += line.length + 1;
  }
  return found;
}

describe("plan templates", () => {
  it("are the four the issue names, each with a description in every locale", () => {
    assert.deepEqual(TEMPLATES.map((t) => t.name), ["city-flood", "earthquake", "conflict-evacuation", "nationals-abroad"]);
    assert.equal(templateNamed("earthquake")?.name, "earthquake");
    assert.equal(templateNamed("volcano"), undefined);
  });

  for (const template of TEMPLATES) {
    for (const locale of LOCALES) {
      it(`${template.name} in ${locale}: the new plan checks with only the places to fill, each reported`, () => {
        const answers = ANSWERS[locale];
        const text = renderTemplate(template, answers, locale);
        const { findings } = checkText(text, { locale });
        const places = placeholders(text);
        assert.ok(places.length > 20, `${places.length} places to fill`);
        const outside = findings.filter((f) => !FILL_IN.has(f.code) || !places.some((p) => f.span.start <= p.start && p.end <= f.span.end));
        assert.deepEqual(
          outside.map((f) => `${f.code} ${JSON.stringify(text.slice(f.span.start, f.span.end))}: ${f.message}`),
          [],
          "every finding is one that marks a place to fill",
        );
        for (const place of places) {
          assert.ok(
            findings.some((f) => f.code === "SCH004" && f.span.start === place.start && f.span.end === place.end),
            `the place at line ${text.slice(0, place.start).split("\n").length} is reported`,
          );
        }
        // The drafter's answers are in their places.
        assert.match(text, new RegExp(`^  lead: ${answers.lead}$`, "m"));
        assert.match(text, new RegExp(`^  hazards: ${answers.hazards.join(", ")}$`, "m"));
        assert.ok(text.includes(`area: "${answers.area.replace(/"/g, '\\"')}"`));
        assert.doesNotMatch(text, /\{\{|\}\}/, "no mark is left");
      });
    }
  }

  it("decides no yes/no for the drafter: every answer of the guidelines is a place to fill (a hotline is two-way by its nature)", () => {
    for (const template of TEMPLATES) {
      const text = renderTemplate(template, ANSWERS.en, "en");
      const answered = [...text.matchAll(/^ *([\w-]+): (yes|no)\b/gm)].map((m) => m[0].trim());
      assert.deepEqual([...new Set(answered)], ["two-way: yes"], template.name);
      for (const attribute of ["regardless-of-status", "consent", "non-refoulement-screening", "identity-documents", "costs-covered-by", "family-unity", "shares-with-immigration-enforcement", "rumour-tracking", "lessons-learned"]) {
        assert.match(text, new RegExp(`${attribute}: "…"`), `${template.name}: ${attribute}`);
      }
    }
  });

  it("writes the plan's titles, names and comments in the locale's words: Russian, Uzbek Latin, Uzbek Cyrillic", () => {
    const ru = renderTemplate(templateNamed("city-flood")!, ANSWERS.ru, "ru");
    assert.match(ru, /^plan "Ошская область «Юг»: план действий при наводнении с учётом мигрантов" \{$/m);
    assert.match(ru, /country: "Киргизия"/);
    assert.match(ru, /stakeholder община_мигрантов "…"/);
    assert.match(ru, /^# Новый план по шаблону micic-plan `city-flood`/m);
    const uz = renderTemplate(templateNamed("earthquake")!, ANSWERS.uz, "uz");
    assert.match(uz, /country: "Oʻzbekiston"/);
    assert.match(uz, /assembly-point yigʻilish_punkti "…"/);
    assert.match(uz, /pathway tibbiy_yordam "Tibbiy yordam"/);
    const cyrillic = renderTemplate(templateNamed("earthquake")!, ANSWERS["uz-Cyrl"], "uz-Cyrl");
    assert.match(cyrillic, /country: "Тожикистон"/);
    assert.match(cyrillic, /assembly-point йиғилиш_пункти "…"/);
    assert.match(cyrillic, /area: "Фарғона \\"водийси\\""/, "a quote in the area is escaped");
    // The plan language's words stay as they are typed, in comments too.
    assert.match(cyrillic, /`kind: government`/);
    for (const line of `${ru}\n${uz}\n${cyrillic}`.split("\n")) assert.ok(line.length <= 80 || !line.trimStart().startsWith("#"), `a comment wrapped at 80: ${line}`);
  });

  it("the nationals-abroad template knows the nationals' nationality and their consulate's country: the country's own code", () => {
    const text = renderTemplate(templateNamed("nationals-abroad")!, { ...ANSWERS.en, country: "UZ", area: "Russian Federation" }, "en");
    assert.match(text, /nationalities: UZ$/m);
    assert.match(text, /kind: consulate\n    country: UZ$/m);
    assert.match(text, /pathway return_help "Return assistance"/);
  });

  it("every text of every template is an ICU message in English, Russian and Uzbek with the same placeholders", () => {
    // The names of a message's arguments (type 0 is literal text, 8 a pound sign; the rest name one).
    const placeholdersOf = (message: string) => [...new Set([...JSON.stringify(parse(message)).matchAll(/"type":[1-7],"value":"(\w+)"/g)].map((m) => m[1]))].sort();
    assert.deepEqual(placeholdersOf("a {area} {n, select, none {} other {x {y}}}"), ["area", "n", "y"]);
    const texts = [...Object.entries(sharedTexts), ...TEMPLATES.flatMap((t) => [...Object.entries(t.texts), ["description", t.description], ["title", t.title], ["areaQuestion", t.areaQuestion]] as const)];
    for (const [key, message] of texts) {
      assert.deepEqual(placeholdersOf(message.ru), placeholdersOf(message.en), `${key}: ru`);
      assert.deepEqual(placeholdersOf(message.uz), placeholdersOf(message.en), `${key}: uz`);
      assert.notEqual(message.ru, message.en, `${key} is translated into Russian`);
    }
  });
});

describe("a template's answers", () => {
  it("a country by its name in English, Russian or Uzbek (Latin or Cyrillic, any apostrophe), or its ISO code", () => {
    for (const input of ["Uzbekistan", "uzbekistan", "Узбекистан", "Oʻzbekiston", "O'zbekiston", "O‘zbekiston", "Ўзбекистон", "UZ", "uz", "UZB"]) {
      assert.deepEqual(readCountry(input, "en"), { value: "UZ" }, input);
    }
    assert.deepEqual(readCountry("Кыргызстан", "ru"), { value: "KG" });
    assert.deepEqual(readCountry("Qirgʻiziston", "uz"), { value: "KG" });
  });

  it("an unknown country is a clear problem with a did-you-mean, in the user's language", () => {
    assert.deepEqual(readCountry("Uzbekstan", "en"), { problem: "'Uzbekstan' is not a country micic-plan knows: write its name in English, Russian or Uzbek, or its ISO code (UZ). Did you mean Uzbekistan (UZ)?" });
    const ru = readCountry("Таджикистн", "ru");
    assert.ok("problem" in ru && ru.problem.startsWith("«Таджикистн» — не страна") && ru.problem.endsWith("Возможно, имелось в виду: Таджикистан (TJ)?"), JSON.stringify(ru));
    const far = readCountry("Narnia", "uz");
    assert.ok("problem" in far && !/Balki/.test(far.problem), "no guess when nothing is close");
  });

  it("hazards are the schema's words, each once; a slip gets a did-you-mean", () => {
    assert.deepEqual(readHazards("earthquake, flood flood", "en"), { value: ["earthquake", "flood"] });
    const slip = readHazards("earthqake", "en");
    assert.ok("problem" in slip && slip.problem.endsWith("Did you mean earthquake?"), JSON.stringify(slip));
    assert.ok("problem" in readHazards(" , ", "ru"));
  });

  it("the lead agency's id is a name of the plan language, Cyrillic and Uzbek Latin included, and none the template declares", () => {
    const earthquake = templateNamed("earthquake")!;
    for (const id of ["mes", "мчс", "oʻzbekiston_fvv", "gʻalla-3", "o'zbek"]) assert.deepEqual(readLead(id, earthquake, "en"), { value: id.normalize("NFC") }, id);
    for (const id of ["1mes", "a b", "mes!", "-x", "yes", "all"]) assert.ok("problem" in readLead(id, earthquake, "en"), id);
    assert.ok("problem" in readLead("местная_власть", earthquake, "ru"), "the template's own local authority");
    assert.deepEqual(readLead("местная_власть", earthquake, "en"), { value: "местная_власть" }, "the English template names it otherwise");
  });

  it("reads an id as the lexer does", () => {
    for (const id of ["mes", "мчс", "oʻzbek", "o'zbek", "o‘zbek", "a_1-b", "1a", "a b", "a.b", "_a", "Ⅻ", "é", "a\u0301"]) {
      const tokens = lex(id).tokens;
      const lexed = tokens.length === 1 && tokens[0].tokenType.name === "Identifier" && tokens[0].image === id;
      assert.equal("value" in readLead(id, undefined, "en"), lexed, id);
    }
  });

  it("the area is one line, bounded", () => {
    assert.deepEqual(readArea("  Fargʻona  ", "uz"), { value: "Fargʻona" });
    assert.ok("problem" in readArea("a\nb", "en"));
    assert.ok("problem" in readArea("x".repeat(201), "en"));
    assert.ok("problem" in readArea(" ", "ru"));
  });
});
