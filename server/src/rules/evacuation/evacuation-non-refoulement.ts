import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G13", "G11"];

const messages = {
  noScreening: {
    en: "The evacuation section {state, select, opposite {says people are not screened for a risk of persecution in their country of origin} other {does not say that people are screened for a risk of persecution in their country of origin}}. Add \"non-refoulement-screening: yes\": anyone who would be at risk if sent home must be identified and referred to asylum procedures, never returned ({cite}).",
    ru: "{state, select, opposite {В разделе эвакуации сказано, что людей не проверяют на риск преследования в стране происхождения} other {В разделе эвакуации не сказано, что людей проверяют на риск преследования в стране происхождения}}. Добавьте `non-refoulement-screening: yes`: каждого, кому при возвращении на родину грозит опасность, нужно выявить и направить к процедурам предоставления убежища, а не возвращать ({cite}).",
    uz: "{state, select, opposite {Evakuatsiya boʻlimida odamlar kelib chiqqan mamlakatida taʼqib qilinish xavfiga tekshirilmasligi aytilgan} other {Evakuatsiya boʻlimida odamlar kelib chiqqan mamlakatida taʼqib qilinish xavfiga tekshirilishi aytilmagan}}. `non-refoulement-screening: yes` ni qoʻshing: vataniga qaytarilsa xavf ostida qoladigan har bir kishi aniqlanib, boshpana berish tartiblariga yoʻnaltirilishi kerak, hech qachon qaytarilmasligi kerak ({cite}).",
  },
} satisfies RuleMessages;

/**
 * EVAC005: people who would be at risk in their country of origin must be
 * screened and referred to asylum, never sent back. `no` refuses what the
 * guidelines require (error); silence is a gap (warning).
 */
export const evacuationNonRefoulement: Rule = {
  meta: {
    code: "EVAC005",
    name: "evacuation-non-refoulement",
    area: "evacuation",
    severity: "warning",
    severityWhen: "an error when the section says people are not screened",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation does not screen people at risk in their country of origin (an error when `non-refoulement-screening` says `no`).",
    translations: {
      ru: {
        summary: `При эвакуации не выявляют людей, которым грозит опасность в стране происхождения (ошибка, если \`non-refoulement-screening\` равно \`no\`).`,
        why: `Эвакуация часто означает возвращение людей домой, а для некоторых дом — это место, где их будут преследовать. Беженцы, лица, ищущие убежища, и другие люди, бежавшие из своей страны, никогда не должны возвращаться туда в ходе спасательной операции. В плане должно быть сказано, что людей проверяют на такую угрозу и вместо возвращения направляют в процедуру предоставления убежища (${citeRu(guidelines)}).`,
        notes: `\`no\` — ошибка, она относится к атрибуту; отсутствие \`non-refoulement-screening\` — предупреждение, оно относится к ключевому слову \`evacuation\`. Исправление задаёт \`non-refoulement-screening: yes\`.`,
        severityWhen: `ошибка, если в разделе сказано, что людей не проверяют`,
      },
      uz: {
        summary: `Evakuatsiyada kelib chiqish mamlakatida xavf ostida boʻlgan odamlar aniqlanmaydi (\`non-refoulement-screening\` \`no\` boʻlsa, xato).`,
        why: `Evakuatsiya koʻpincha odamlarni uyiga qaytarishni anglatadi, baʼzilar uchun esa uy — ular taʼqib qilinadigan joy. Qochqinlar, boshpana soʻraganlar va oʻz mamlakatidan qochgan boshqa odamlar qutqaruv paytida hech qachon u yerga qaytarilmasligi kerak. Rejada odamlar bunday xavfga tekshirilishi va qaytarish oʻrniga boshpana berish tartibiga yoʻnaltirilishi aytilishi kerak (${citeUz(guidelines)}).`,
        notes: `\`no\` — xato, u atributga tegishli; \`non-refoulement-screening\` yoʻqligi — ogohlantirish, u \`evacuation\` kalit soʻziga tegishli. Tuzatish \`non-refoulement-screening: yes\` ni belgilaydi.`,
        severityWhen: `boʻlimda odamlar tekshirilmasligi aytilgan boʻlsa, xato`,
      },
    },
    docs: {
      why: `Evacuation often means taking people home, and for some home is where they would be persecuted. Refugees, asylum-seekers and others who fled their country must never be returned there by a rescue. The plan must say that people are screened for such a risk and referred to asylum procedures instead (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    non-refoulement-screening: no
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    non-refoulement-screening: yes
  }
}`,
      notes: "`no` is an error, standing on the attribute; a missing `non-refoulement-screening` is a warning on the `evacuation` keyword. The fix sets `non-refoulement-screening: yes`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "non-refoulement-screening",
      wanted: "yes",
      opposite: "no",
      oppositeSeverity: "error",
      message: (state) => say.t("noScreening", { state, cite: say.cite() }),
      fixTitle: say.commitTo("non-refoulement-screening", "yes"),
    });
  },
};
