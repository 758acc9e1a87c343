import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["P1", "G11", "G13"];

const messages = {
  sectionWord: {
    en: "The evacuation section {state, select, opposite {says evacuation is not open to migrants without status} other {does not say that evacuation is open to every migrant}}. Add \"regardless-of-status: yes\": the plan must move every migrant to safety whatever their status ({cite}).",
    ru: "{state, select, opposite {В разделе эвакуации сказано, что эвакуация не распространяется на мигрантов без статуса} other {В разделе эвакуации не сказано, что эвакуация открыта для каждого мигранта}}. Добавьте `regardless-of-status: yes`: план должен вывести в безопасное место каждого мигранта независимо от его миграционного статуса ({cite}).",
    uz: "{state, select, opposite {Evakuatsiya boʻlimida evakuatsiya maqomsiz migrantlarga tatbiq etilmasligi aytilgan} other {Evakuatsiya boʻlimida evakuatsiya har bir migrant uchun ochiqligi aytilmagan}}. `regardless-of-status: yes` ni qoʻshing: reja har bir migrantni migratsiya maqomidan qatʼi nazar xavfsiz joyga olib chiqishi kerak ({cite}).",
  },
} satisfies RuleMessages;

/**
 * EVAC001: evacuation must be open to every migrant whatever their status.
 * `no` restates a principle broken (error); silence is a gap (warning).
 */
export const evacuationRegardlessOfStatus: Rule = {
  meta: {
    code: "EVAC001",
    name: "evacuation-regardless-of-status",
    area: "evacuation",
    severity: "warning",
    severityWhen: "an error when the section says evacuation is not open to migrants without status",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "Evacuation is not stated to be open to every migrant whatever their status (an error when it says `no`).",
    translations: {
      ru: {
        summary: `В плане не сказано, что эвакуация открыта для всех мигрантов независимо от их статуса (ошибка, если указано \`no\`).`,
        why: `Первый принцип Руководящих принципов MICIC — спасать жизни: никто не должен остаться в зоне наводнения или боевых действий из-за своих документов. Мигранты без урегулированного статуса часто уходят последними, опасаясь, что, обратившись за помощью, попадут под стражу или будут высланы. В плане должно быть прямо сказано, что эвакуация открыта для всех, чтобы спасатели действовали соответственно, а мигрантам можно было это сообщить (${citeRu(guidelines)}).`,
        notes: `Проверяется только план, в котором есть раздел \`evacuation\`; план без него получает замечание PLAN004. Исправление задаёт \`regardless-of-status: yes\`.`,
        severityWhen: `ошибка, если в разделе сказано, что эвакуация не открыта для мигрантов без статуса`,
      },
      uz: {
        summary: `Rejada evakuatsiya maqomidan qatʼi nazar barcha migrantlar uchun ochiq ekani aytilmagan (\`no\` koʻrsatilsa, xato).`,
        why: `MICIC qoʻllanmasining birinchi tamoyili — hayotni saqlab qolish: hech kim hujjatlari sababli suv toshqini yoki urush hududida qolib ketmasligi kerak. Tartibga solinmagan maqomdagi migrantlar koʻpincha yordam soʻrasa, hibsga olinishi yoki chiqarib yuborilishidan qoʻrqib, eng oxirida ketadi. Qutqaruvchilar shunga amal qilishi va migrantlarga bu haqda aytish mumkin boʻlishi uchun rejada evakuatsiya hamma uchun ochiq ekani aniq yozilishi kerak (${citeUz(guidelines)}).`,
        notes: `Faqat \`evacuation\` boʻlimi bor reja tekshiriladi; bu boʻlimi yoʻq reja PLAN004 eslatmasini oladi. Tuzatish \`regardless-of-status: yes\` ni belgilaydi.`,
        severityWhen: `boʻlimda evakuatsiya maqomi yoʻq migrantlar uchun ochiq emasligi aytilgan boʻlsa, xato`,
      },
    },
    docs: {
      why: `The first principle of the MICIC Guidelines is to save lives: no one is left behind in a flood or a war because of their papers. Migrants without regular status are often the last to leave, fearing that coming forward means detention or deportation. A plan must say plainly that evacuation is open to all, so that responders act on it and migrants can be told so (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    regardless-of-status: no
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    regardless-of-status: yes
  }
}`,
      notes: "Only a plan with an `evacuation` section is checked; a plan without one gets PLAN004. The fix sets `regardless-of-status: yes`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "regardless-of-status",
      wanted: "yes",
      opposite: "no",
      oppositeSeverity: "error",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("regardless-of-status", "yes"),
    });
  },
};
