import { blocksOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { textPlaceholder } from "../../core/edits";
import { cite, insertFix, planSpan, populations, stakeholders, uniqueId } from "../plan-model";
import { voice } from "../voice";

const guidelines = ["G5", "G4"];

const messages = {
  noPopulation: {
    en: "The plan names no migrants: it declares no population. Add a population block for each group of migrants in the area (who they are, how many, their nationalities and languages), so that evacuation, warnings and referrals are planned for them ({cite}).",
    ru: "В плане не названы мигранты: в нём не объявлено ни одной группы населения. Добавьте блок `population` для каждой группы мигрантов в районе (кто они, сколько их, их гражданство и языки), чтобы эвакуация, предупреждения и перенаправление планировались с учётом этих людей ({cite}).",
    uz: "Rejada migrantlar nomlanmagan: unda birorta ham aholi guruhi eʼlon qilinmagan. Hududdagi har bir migrantlar guruhi uchun `population` blokini qoʻshing (ular kimlar, qancha, fuqaroligi va tillari), toki evakuatsiya, ogohlantirishlar va yoʻnaltirish ular uchun rejalashtirilsin ({cite}).",
  },
  addPopulation: {
    en: "Add a population ''{id}'' to name and describe",
    ru: "Добавить группу населения {id}, чтобы назвать и описать её",
    uz: "Nomlash va tavsiflash uchun {id} aholi guruhini qoʻshish",
  },
} satisfies RuleMessages;

/**
 * PLAN001: a plan to protect migrants must say which migrants it protects.
 * Without a single population, every other rule has nobody to check for.
 */
export const migrantsInScope: Rule = {
  meta: {
    code: "PLAN001",
    name: "migrants-in-scope",
    area: "plan",
    severity: "error",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The plan declares no `population`: it does not name the migrants it protects.",
    docs: {
      why: `Migrants are often left out of emergency plans simply because nobody wrote them in: the plan speaks of "the population" and means citizens. The MICIC Guidelines ask that migrants be included in preparedness and response systems and that their needs be built into contingency plans (${cite(guidelines)}). A plan must therefore name at least one group of migrants, so that evacuation, messages and referrals can be planned for real people.`,
      failing: `plan "Flood plan" {
  country: "Uzbekistan"
  hazards: flood
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
  hazards: flood
  population kg_builders "Kyrgyz construction workers" {
    size: 12_000  nationalities: KG  languages: ky, ru
  }
}`,
      notes: `The finding stands on the plan's title. The suggestion inserts an empty population, after the stakeholders, with its title a place to fill ("…"), for the drafter to name and describe; POP001 then asks for its size, nationalities and languages. It is offered in the editor only: an empty placeholder group would silence this error without protecting anyone, so \`--fix\` does not apply it.`,
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    if (populations(plan).length > 0) return;
    // A population without an id is a language error, but it does name migrants.
    if (blocksOf(plan, "population").length > 0) return;
    const id = uniqueId(resolution, "migrants");
    const lastStakeholder = stakeholders(plan).at(-1);
    const fix = insertFix(document, plan, `population ${id} "${textPlaceholder()}" {\n}`, say.t("addPopulation", { id }), lastStakeholder);
    report({
      message: say.t("noPopulation", { cite: say.cite() }),
      span: planSpan(plan),
      fixes: fix ? [fix] : [],
    });
  },
};
