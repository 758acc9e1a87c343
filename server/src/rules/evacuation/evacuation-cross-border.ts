import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, section, setAttributeFix, word, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G10", "G7"];

const messages = {
  borderGaps: {
    en: "The evacuation crosses the border but {permits, select, required {still requires exit permits (\"exit-permits: required\")} silent {does not say whether exit permits are waived} other {}}{both, select, yes { and } other {}}{transit, select, missing {names no transit agreements} other {}}. {permits, select, ok {} other {Write \"exit-permits: waived\" (exit visas and overstay fines set aside for people leaving)}}{both, select, yes {, and list} other {}}{transit, select, missing {{permits, select, ok {List} other {}} in \"transit-agreements\" the transit states or organisations that agreed in advance to let people through} other {}}, so that migrants are not held back at the border while others cross ({cite}).",
    ru: "Эвакуация пересекает границу, но {permits, select, required {по-прежнему требует выездных разрешений (`exit-permits: required`)} silent {в ней не сказано, отменяются ли выездные разрешения} other {}}{both, select, yes { и } other {}}{transit, select, missing {не названы соглашения о транзите} other {}}. {permits, select, ok {} other {Напишите `exit-permits: waived` (выездные визы и штрафы за просрочку пребывания отменяются для уезжающих)}}{both, select, yes {, а также перечислите} other {}}{transit, select, missing {{permits, select, ok {Перечислите} other {}} в `transit-agreements` государства транзита или организации, которые заранее согласились пропускать людей} other {}}, чтобы мигрантов не задерживали на границе, когда другие её пересекают ({cite}).",
    uz: "Evakuatsiya chegarani kesib oʻtadi, ammo {permits, select, required {hali ham chiqish ruxsatnomalarini talab qiladi (`exit-permits: required`)} silent {chiqish ruxsatnomalari bekor qilinishi aytilmagan} other {}}{both, select, yes { va } other {}}{transit, select, missing {tranzit kelishuvlari koʻrsatilmagan} other {}}. {permits, select, ok {} other {`exit-permits: waived` deb yozing (ketayotganlar uchun chiqish vizalari va muddatdan ortiq qolganlik uchun jarimalar bekor qilinadi)}}{both, select, yes {, shuningdek } other {}}{transit, select, missing {`transit-agreements` da odamlarni oʻtkazishga oldindan rozilik bergan tranzit davlatlari yoki tashkilotlarni sanab oʻting} other {}}, toki boshqalar chegarani kesib oʻtayotganda migrantlar chegarada ushlab qolinmasin ({cite}).",
  },
} satisfies RuleMessages;

/**
 * EVAC012: an evacuation that crosses a border needs exit formalities
 * waived and transit agreed in advance. One finding per evacuation section,
 * naming every gap.
 */
export const evacuationCrossBorder: Rule = {
  meta: {
    code: "EVAC012",
    name: "evacuation-cross-border",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A cross-border evacuation does not waive exit permits (`required` or absent), or has no `transit-agreements`.",
    translations: {
      ru: {
        summary: `При эвакуации за границу не отменены разрешения на выезд (\`required\` или не указано), или нет \`transit-agreements\`.`,
        why: `Когда эвакуация выходит за пределы страны, выездные визы, штрафы за просроченное пребывание и правила поручительства работодателя могут задержать мигрантов на границе, пока все остальные её пересекают. Государство транзита, которое не дало согласия заранее, может закрыть для них границу. План должен отменять выездные формальности для людей, покидающих зону кризиса, и заранее договариваться о транзите с участвующими государствами и организациями (${citeRu(guidelines)}).`,
        notes: `Проверяется только эвакуация с \`cross-border: yes\`. \`exit-permits: waived\` и \`not-applicable\` соответствуют правилу. Замечание относится к \`exit-permits\`, если там указано \`required\`, иначе — к ключевому слову \`evacuation\`. Исправление задаёт \`exit-permits: waived\`; оно предлагается, когда соглашения о транзите уже есть, так как никакая правка их не создаст.`,
      },
      uz: {
        summary: `Chegaradan tashqariga evakuatsiyada chiqish ruxsatnomalari bekor qilinmagan (\`required\` yoki koʻrsatilmagan) yoki \`transit-agreements\` yoʻq.`,
        why: `Evakuatsiya mamlakatdan tashqariga chiqqanda chiqish vizalari, muddatidan ortiq yashaganlik uchun jarimalar va ish beruvchi kafilligi qoidalari boshqalar chegarani kesib oʻtayotganda migrantlarni chegarada ushlab qolishi mumkin. Oldindan rozilik bermagan tranzit davlati ular uchun chegarani yopishi mumkin. Reja inqiroz hududini tark etayotgan odamlar uchun chiqish rasmiyatchiliklarini bekor qilishi va tranzit haqida ishtirok etuvchi davlatlar va tashkilotlar bilan oldindan kelishib olishi kerak (${citeUz(guidelines)}).`,
        notes: `Faqat \`cross-border: yes\` boʻlgan evakuatsiya tekshiriladi. \`exit-permits: waived\` va \`not-applicable\` qoidaga mos. Eslatma \`required\` koʻrsatilgan boʻlsa \`exit-permits\` ga, aks holda \`evacuation\` kalit soʻziga tegishli. Tuzatish \`exit-permits: waived\` ni belgilaydi; u tranzit kelishuvlari allaqachon boʻlganda taklif qilinadi, chunki hech qanday tahrir ularni yarata olmaydi.`,
      },
    },
    docs: {
      why: `When an evacuation leaves the country, exit visas, overstay fines and employer sponsorship rules can keep migrants at the border while everyone else crosses. A transit state that has not agreed in advance may close its border to them. The plan should waive exit formalities for people leaving the crisis and settle transit beforehand with the states and organisations involved (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  stakeholder cy_civil_defence "Cyprus Civil Defence" { kind: government  contact: "+357 22 000 000" }
  evacuation {
    cross-border: yes
    exit-permits: required
    transit-agreements: cy_civil_defence
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder cy_civil_defence "Cyprus Civil Defence" { kind: government  contact: "+357 22 000 000" }
  evacuation {
    cross-border: yes
    exit-permits: waived
    transit-agreements: cy_civil_defence
  }
}`,
      notes: "Only an evacuation with `cross-border: yes` is checked. `exit-permits: waived` and `not-applicable` pass. The finding stands on `exit-permits` when it says `required`, otherwise on the `evacuation` keyword. The fix sets `exit-permits: waived`; it is offered when the transit agreements are already there, since no edit can make those.",
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation || word(evacuation, "cross-border") !== "yes") return;
    const permits = word(evacuation, "exit-permits");
    const permitsGap = permits === undefined || permits === "required";
    const transitGap = words(evacuation, "transit-agreements").length === 0;
    if (!permitsGap && !transitGap) return;

    const fix = permitsGap && !transitGap ? setAttributeFix(document, evacuation, "exit-permits", "waived", say.commitTo("exit-permits", "waived")) : undefined;
    const permitsAttribute = attributeOf(evacuation, "exit-permits");
    report({
      message: say.t("borderGaps", {
        permits: permits === "required" ? "required" : permitsGap ? "silent" : "ok",
        transit: transitGap ? "missing" : "ok",
        both: permitsGap && transitGap ? "yes" : "no",
        cite: say.cite(),
      }),
      span: permits === "required" && permitsAttribute ? permitsAttribute.span : evacuation.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
