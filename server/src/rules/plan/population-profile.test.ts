import assert from "node:assert/strict";
import { checkText } from "../../../../test/helpers/checker";
import { applyFix, assertFixRemoves, at, run } from "../../../../test/helpers/rule";
import { populationProfile as rule } from "./population-profile";

const plan = (populations: string) => `plan "P" {\n${populations}}\n`;

describe("POP001 population-profile", () => {
  it("passes a population with size, nationalities and languages", () => {
    assert.deepEqual(run(rule, plan(`  population kg "Kyrgyz workers" {\n    size: 12_000  nationalities: KG  languages: ky, ru\n  }\n`)), []);
  });

  it("is a warning on the population's header naming what it lacks", () => {
    const findings = run(rule, plan(`  population pk "Pakistani farm workers" {\n    nationalities: PK  languages: ur, en\n  }\n`));
    assert.deepEqual(at(findings), ["2:3 warning"]);
    assert.match(findings[0].message, /^Population pk \("Pakistani farm workers"\) does not give "size"\. Add "size" \(how many people.*\(MICIC Guidelines 2 and 5\)\.$/);
  });

  it("is one finding per population, naming everything missing", () => {
    const findings = run(rule, plan(`  population a "A" { size: 5 }\n  population b "B" { }\n  population c "C" { size: 1  nationalities: KG  languages: ky }\n`));
    assert.deepEqual(at(findings), ["2:3 warning", "3:3 warning"]);
    assert.match(findings[0].message, /does not give "nationalities" or "languages"\./);
    assert.match(findings[1].message, /does not give "size", "nationalities" or "languages"\./);
  });

  it("counts a value of the wrong kind as given (SCH002 reports it)", () => {
    const findings = checkText(plan(`  population a "A" {\n    size: "many"  nationalities: KG  languages: ky\n  }\n`)).findings;
    assert.deepEqual(findings.filter((f) => f.code === rule.meta.code), []);
    assert.ok(findings.some((f) => f.code === "SCH002"));
  });

  it("suggests size and languages as places to fill, never values that pass for facts", () => {
    const text = plan(`  population pk "Pakistani farm workers" {\n    nationalities: PK\n    status: irregular\n  }\n`);
    const [finding] = run(rule, text);
    assert.equal(finding.fixes[0].kind, "suggestion");
    assert.equal(applyFix(text, finding), plan(`  population pk "Pakistani farm workers" {\n    nationalities: PK\n    status: irregular\n    size: "…"\n    languages: "…"\n  }\n`));
    assert.equal(finding.fixes[0].edits[0].snippet, '\n    size: ${1:"…"}\n    languages: ${2:"…"}');
    assert.equal(assertFixRemoves(rule, text, {}, ["1_200", "ur, pa"]), plan(`  population pk "Pakistani farm workers" {\n    nationalities: PK\n    status: irregular\n    size: 1_200\n    languages: ur, pa\n  }\n`));
  });

  it("keeps a one-line population on one line", () => {
    const fixed = assertFixRemoves(rule, plan(`  population pk "Pakistani workers" { nationalities: PK  languages: ur }\n`), {}, ["300"]);
    assert.equal(fixed, plan(`  population pk "Pakistani workers" { nationalities: PK  languages: ur size: 300 }\n`));
  });

  it("suggests nationalities as a place to fill too: no country code is written for the drafter", () => {
    const text = plan(`  population x "Рабочие" { size: 10  languages: ru }\n`);
    const [finding] = run(rule, text);
    assert.equal(applyFix(text, finding), plan(`  population x "Рабочие" { size: 10  languages: ru nationalities: "…" }\n`));
    assert.equal(assertFixRemoves(rule, text, {}, ["UZ, TJ"]), plan(`  population x "Рабочие" { size: 10  languages: ru nationalities: UZ, TJ }\n`));
  });

  it("has documentation examples that fail and pass, with no language error", () => {
    assert.ok(run(rule, rule.meta.docs.failing).length > 0);
    assert.deepEqual(run(rule, rule.meta.docs.passing), []);
  });
});

describe("POP001 population-profile in Russian and Uzbek", () => {
  it("says in Russian what the population lacks and what each is for", () => {
    const [finding] = run(rule, plan(`  population pk "Pakistani farm workers" {\n    nationalities: PK  languages: ur, en\n  }\n`), { locale: "ru" });
    assert.match(finding.message, /^Для группы населения pk \("Pakistani farm workers"\) не указано `size`\. Добавьте `size` \(сколько людей — чтобы рассчитать пункты сбора и транспорт\):.*\(Руководящие принципы MICIC, рекомендации 2 и 5\)\.$/);
    assert.equal(finding.fixes[0].title, "Добавить `size`, чтобы заполнить");
  });

  it("says it in Uzbek, joining the attributes as Uzbek joins them", () => {
    const [finding] = run(rule, plan(`  population b "B" { }\n`), { locale: "uz" });
    assert.match(finding.message, /^b \("B"\) aholi guruhida `size`, `nationalities` yoki `languages` koʻrsatilmagan\./);
    assert.equal(finding.fixes[0].title, "Toʻldirish uchun `size`, `nationalities` va `languages` ni qoʻshish");
  });
});
