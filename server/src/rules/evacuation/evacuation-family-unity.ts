import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G13"];

const messages = {
  sectionWord: {
    en: "The evacuation section {state, select, opposite {says families of mixed nationality are not kept together} other {does not say that families of mixed nationality are kept together}}. Add \"family-unity: yes\", so that no spouse or child is left behind because their passport is not the same as the rest of the family''s ({cite}).",
    ru: "{state, select, opposite {В разделе эвакуации сказано, что семьи, члены которых имеют разное гражданство, не сохраняются вместе} other {В разделе эвакуации не сказано, что семьи, члены которых имеют разное гражданство, остаются вместе}}. Добавьте `family-unity: yes`, чтобы ни супруг, ни ребёнок не остались из-за того, что их паспорт не такой, как у остальных членов семьи ({cite}).",
    uz: "{state, select, opposite {Evakuatsiya boʻlimida aʼzolari turli fuqarolikka ega oilalar birga saqlanmasligi aytilgan} other {Evakuatsiya boʻlimida aʼzolari turli fuqarolikka ega oilalar birga qolishi aytilmagan}}. `family-unity: yes` ni qoʻshing, toki hech bir turmush oʻrtogʻi yoki bola pasporti oilaning qolgan aʼzolarinikidan farq qilgani uchun ortda qolib ketmasin ({cite}).",
  },
} satisfies RuleMessages;

/** EVAC010: families of mixed nationality must be evacuated together. */
export const evacuationFamilyUnity: Rule = {
  meta: {
    code: "EVAC010",
    name: "evacuation-family-unity",
    area: "evacuation",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation does not say that families stay together (`family-unity` absent or `no`).",
    translations: {
      ru: {
        summary: `В разделе эвакуации не сказано, что семьи не разлучают (\`family-unity\` отсутствует или равно \`no\`).`,
        why: `Эвакуация по гражданству разлучает семьи: автобус консульства забирает своих граждан и оставляет супруга или ребёнка другого гражданства. Разлучённые семьи долго ищут друг друга, а дети, оставшиеся одни, в опасности. План должен обязывать перемещать семьи, члены которых имеют разное гражданство, вместе (${citeRu(guidelines)}).`,
        notes: `Замечание о \`no\` относится к атрибуту; замечание об отсутствии \`family-unity\` — к ключевому слову \`evacuation\`. Исправление задаёт \`family-unity: yes\`.`,
      },
      uz: {
        summary: `Evakuatsiya boʻlimida oilalar ajratilmasligi aytilmagan (\`family-unity\` yoʻq yoki \`no\`).`,
        why: `Fuqarolik boʻyicha tashkil etilgan evakuatsiya oilalarni ajratadi: konsullik avtobusi oʻz fuqarolarini olib ketadi, boshqa fuqarolikdagi turmush oʻrtogʻi yoki bolani esa qoldiradi. Ajralib qolgan oilalar bir-birini uzoq qidiradi, yolgʻiz qolgan bolalar esa xavf ostida boʻladi. Reja aʼzolari turli fuqarolikka ega oilalarni birga koʻchirish majburiyatini olishi kerak (${citeUz(guidelines)}).`,
        notes: `\`no\` haqidagi eslatma atributga tegishli; \`family-unity\` yoʻqligi haqidagisi \`evacuation\` kalit soʻziga tegishli. Tuzatish \`family-unity: yes\` ni belgilaydi.`,
      },
    },
    docs: {
      why: `Evacuations organised by nationality split families: a consulate's bus takes its citizens and leaves a spouse or a child of another nationality behind. Separated families are slow to find each other again, and children alone are at risk. The plan should commit to moving families of mixed nationality together (${cite(guidelines)}).`,
      failing: `plan "Heatwave plan" {
  evacuation {
    family-unity: no
  }
}`,
      passing: `plan "Heatwave plan" {
  evacuation {
    family-unity: yes
  }
}`,
      notes: "A finding on `no` stands on the attribute; one on a missing `family-unity` stands on the `evacuation` keyword. The fix sets `family-unity: yes`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "family-unity",
      wanted: "yes",
      opposite: "no",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("family-unity", "yes"),
    });
  },
};
