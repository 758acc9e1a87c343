import type { Rule, RuleMessages } from "../../core/rule";
import { attributeOrHeader, cite, section, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G11", "G13"];

const messages = {
  noPayer: {
    en: "The evacuation section does not say who pays for fares and transport. Name them in \"costs-covered-by\" (the government, employers, consulates or an international organisation): fares and debts keep migrants from leaving when others do ({cite}).",
    ru: "В разделе эвакуации не сказано, кто оплачивает проезд и транспорт. Укажите их в `costs-covered-by` (государство, работодатели, консульства или международная организация): плата за проезд и долги не дают мигрантам уехать вместе со всеми ({cite}).",
    uz: "Evakuatsiya boʻlimida yoʻl haqi va transportni kim toʻlashi aytilmagan. Ularni `costs-covered-by` da koʻrsating (davlat, ish beruvchilar, konsulliklar yoki xalqaro tashkilot): yoʻl haqi va qarzlar migrantlarga boshqalar bilan birga ketishga toʻsqinlik qiladi ({cite}).",
  },
} satisfies RuleMessages;

/** EVAC014: someone must pay for fares and transport, or migrants stay. */
export const evacuationCosts: Rule = {
  meta: {
    code: "EVAC014",
    name: "evacuation-costs",
    area: "evacuation",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The evacuation does not say who pays for it (no `costs-covered-by`).",
    translations: {
      ru: {
        summary: `В разделе эвакуации не сказано, кто за неё платит (нет \`costs-covered-by\`).`,
        why: `Мигранты, которым нечем заплатить за проезд или которые должны агентству по найму, часто остаются, когда другие уезжают. Эвакуация, за которую берут плату или о цене которой ничего не сказано, на деле открыта только тем, у кого есть деньги. План должен называть, кто оплачивает проезд и транспорт, чтобы деньги никогда не решали, кого вывезут (${citeRu(guidelines)}).`,
        notes: `Замечание относится к ключевому слову \`evacuation\` или к \`costs-covered-by\`, в котором никто не назван. Исправления нет: кто платит, должны договориться участники плана.`,
      },
      uz: {
        summary: `Evakuatsiya boʻlimida uning xarajatlarini kim toʻlashi aytilmagan (\`costs-covered-by\` yoʻq).`,
        why: `Yoʻl haqini toʻlay olmaydigan yoki ishga yollovchi agentlikdan qarzdor migrantlar koʻpincha boshqalar ketayotganda qolib ketadi. Pullik yoki kim toʻlashi aytilmagan evakuatsiya amalda faqat puli borlar uchun ochiq boʻladi. Kimni olib chiqishni hech qachon pul hal qilmasligi uchun reja yoʻl haqi va transportni kim toʻlashini koʻrsatishi kerak (${citeUz(guidelines)}).`,
        notes: `Eslatma \`evacuation\` kalit soʻziga yoki hech kim koʻrsatilmagan \`costs-covered-by\` ga tegishli. Tuzatish yoʻq: kim toʻlashini reja ishtirokchilari kelishib olishi kerak.`,
      },
    },
    docs: {
      why: `Migrants who cannot pay a fare, or who owe a debt to a recruiter, often stay behind when others leave. An evacuation that charges people, or is silent about who pays, is open in practice only to those with money. The plan should name who covers fares and transport, so that cost never decides who is moved (${cite(guidelines)}).`,
      failing: `plan "Typhoon plan" {
  stakeholder ocd "Office of Civil Defense" { kind: government  contact: "+63 2 0000 0000" }
  evacuation {
    lead: ocd
  }
}`,
      passing: `plan "Typhoon plan" {
  stakeholder ocd "Office of Civil Defense" { kind: government  contact: "+63 2 0000 0000" }
  evacuation {
    lead: ocd
    costs-covered-by: ocd
  }
}`,
      notes: "The finding stands on the `evacuation` keyword, or on a `costs-covered-by` that names nobody. There is no fix: who pays is for the plan's stakeholders to agree.",
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    if (words(evacuation, "costs-covered-by").length > 0) return;
    report({
      message: say.t("noPayer", { cite: say.cite() }),
      span: attributeOrHeader(evacuation, "costs-covered-by"),
    });
  },
};
