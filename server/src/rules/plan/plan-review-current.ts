import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, dateOf, olderThanMonths } from "../plan-model";
import { monthsBetween } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5", "G8"];

const messages = {
  stale: {
    en: "The plan was last reviewed on {date}, {months, number} months ago, longer than the {limit, number} months a review should last. Review it with the stakeholders and migrants'' representatives, check its numbers and contacts, and update \"reviewed\": populations move and contacts change ({cite}).",
    ru: "План последний раз пересматривался {date}, {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} назад, а пересматривать его нужно не реже чем раз в {limit, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}. Пересмотрите его вместе с участниками и представителями мигрантов, проверьте цифры и контакты и обновите `reviewed`: население перемещается, контакты меняются ({cite}).",
    uz: "Reja oxirgi marta {date} da, {months, number} oy oldin qayta koʻrib chiqilgan, bu esa qayta koʻrib chiqish muddati boʻlgan {limit, number} oydan uzoq. Uni ishtirokchilar va migrantlar vakillari bilan qayta koʻrib chiqing, raqamlar va aloqa maʼlumotlarini tekshiring va `reviewed` ni yangilang: aholi koʻchib yuradi, aloqa maʼlumotlari oʻzgaradi ({cite}).",
  },
} satisfies RuleMessages;

/**
 * PLAN003: a plan reviewed long ago describes people who have moved on and
 * contacts that no longer answer. How long is too long is configurable
 * (`staleAfterMonths`, 24 by default).
 */
export const planReviewCurrent: Rule = {
  meta: {
    code: "PLAN003",
    name: "plan-review-current",
    area: "plan",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The plan's `reviewed` date is older than `staleAfterMonths` (24 months by default).",
    translations: {
      ru: {
        summary: `Дата \`reviewed\` плана старше \`staleAfterMonths\` (по умолчанию 24 месяца).`,
        why: `Мигрантское население быстро меняется: сезонные работники приезжают и уезжают, появляются новые гражданства, консульства и лидеры общин меняют номера телефонов. План, который не пересматривался годами, рассчитан на людей, которых уже нет. Руководящие принципы MICIC требуют поддерживать планы действий на случай чрезвычайных ситуаций в актуальном состоянии и учитывать в них уроки учений и кризисов (${citeRu(guidelines)}).`,
        notes: `Предел задаётся \`staleAfterMonths\` (по умолчанию 24): план, пересмотренный ровно 24 месяца назад, ещё соответствует правилу, а на день раньше — уже нет. Отсутствие \`reviewed\` — замечание PLAN002, значение, которое не является датой, — замечание SCH002; это правило тогда ничего не сообщает. Исправления нет: передвинуть дату может только настоящий пересмотр.`,
      },
      uz: {
        summary: `Rejaning \`reviewed\` sanasi \`staleAfterMonths\` dan eski (standart boʻyicha 24 oy).`,
        why: `Migrant aholi tez oʻzgaradi: mavsumiy ishchilar kelib-ketadi, yangi fuqaroliklar paydo boʻladi, konsulliklar va jamoa yetakchilari telefon raqamlarini oʻzgartiradi. Yillar davomida qayta koʻrib chiqilmagan reja endi yoʻq odamlar uchun tuzilgan boʻladi. MICIC qoʻllanmasi favqulodda vaziyatlar uchun harakatlar rejalarini dolzarb holda saqlashni va ularda mashgʻulotlar va inqirozlar saboqlarini hisobga olishni talab qiladi (${citeUz(guidelines)}).`,
        notes: `Chegara \`staleAfterMonths\` bilan belgilanadi (standart boʻyicha 24): roppa-rosa 24 oy oldin qayta koʻrib chiqilgan reja hali qoidaga mos, bir kun oldingisi esa yoʻq. \`reviewed\` yoʻqligi — PLAN002 eslatmasi, sana boʻlmagan qiymat — SCH002 eslatmasi; unda bu qoida hech narsa xabar qilmaydi. Tuzatish yoʻq: sanani faqat haqiqiy qayta koʻrib chiqish oʻzgartira oladi.`,
      },
    },
    docs: {
      why: `Migrant populations change quickly: seasonal workers come and go, new nationalities arrive, consulates and community leaders change their numbers. A plan that has not been reviewed for years plans for people who are no longer there. The MICIC Guidelines ask that contingency plans be kept up to date and that lessons from drills and crises be fed back into them (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  reviewed: 2022-03-10
}`,
      passing: `plan "Flood plan" {
  reviewed: 2026-09-15
}`,
      notes: `The limit is set by \`staleAfterMonths\` (default 24): a plan reviewed exactly 24 months ago still passes, one a day older does not. A missing \`reviewed\` is PLAN002's finding, and a value that is not a date is SCH002's; this rule then says nothing. There is no fix: only a real review can move the date.`,
    },
  },
  check(context) {
    const { plan, options, report } = context;
    const say = voice(messages, guidelines, context);
    const reviewed = dateOf(plan, "reviewed");
    if (!reviewed || !olderThanMonths(reviewed, options.staleAfterMonths, options.today)) return;
    const value = attributeOf(plan, "reviewed")!.values[0];
    const months = monthsBetween(reviewed, options.today);
    report({
      message: say.t("stale", { date: value.text, months, limit: options.staleAfterMonths, cite: say.cite() }),
      span: value.span,
    });
  },
};
