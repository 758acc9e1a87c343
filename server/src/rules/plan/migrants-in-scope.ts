import { blocksOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { textPlaceholder } from "../../core/edits";
import { cite, insertFix, planSpan, populations, stakeholders, uniqueId } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

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
    translations: {
      ru: {
        summary: `В плане не объявлено ни одной \`population\`: в нём не названы мигранты, которых он защищает.`,
        why: `Мигрантов часто не включают в планы действий при чрезвычайных ситуациях просто потому, что их никто не вписал: план говорит о «населении», имея в виду граждан. Руководящие принципы MICIC требуют включать мигрантов в системы готовности и реагирования и учитывать их потребности в планах действий на случай чрезвычайных ситуаций (${citeRu(guidelines)}). Поэтому план должен называть хотя бы одну группу мигрантов, чтобы эвакуацию, сообщения и перенаправление можно было планировать для реальных людей.`,
        notes: `Замечание относится к названию плана. Предложение вставляет после участников пустую группу населения с местом для заполнения («…») вместо названия, чтобы составитель назвал и описал её; затем POP001 попросит указать её численность, гражданство и языки. Оно предлагается только в редакторе: пустая группа-заготовка заглушила бы эту ошибку, никого не защитив, поэтому \`--fix\` её не применяет.`,
      },
      uz: {
        summary: `Rejada birorta ham \`population\` eʼlon qilinmagan: unda u himoya qiladigan migrantlar nomlanmagan.`,
        why: `Migrantlar koʻpincha favqulodda vaziyatlar rejalariga shunchaki hech kim ularni yozmagani uchun kiritilmaydi: reja «aholi» haqida gapirib, fuqarolarni nazarda tutadi. MICIC qoʻllanmasi migrantlarni tayyorgarlik va javob choralari tizimlariga kiritishni hamda ularning ehtiyojlarini favqulodda vaziyatlar uchun harakatlar rejalarida hisobga olishni talab qiladi (${citeUz(guidelines)}). Shuning uchun evakuatsiya, xabarlar va yoʻnaltirishni haqiqiy odamlar uchun rejalashtirish mumkin boʻlishi uchun reja kamida bitta migrantlar guruhini nomlashi kerak.`,
        notes: `Eslatma reja nomiga tegishli. Taklif ishtirokchilardan keyin nomi oʻrnida toʻldiriladigan joy («…») boʻlgan boʻsh aholi guruhini qoʻshadi, toki reja tuzuvchisi uni nomlab, tavsiflasin; keyin POP001 uning soni, fuqaroligi va tillarini koʻrsatishni soʻraydi. U faqat muharrirda taklif qilinadi: boʻsh guruh-andoza hech kimni himoya qilmasdan bu xatoni yashirgan boʻlardi, shuning uchun \`--fix\` uni qoʻllamaydi.`,
      },
    },
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
