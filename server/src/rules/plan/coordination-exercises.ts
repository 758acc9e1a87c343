import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, dateOf, olderThanMonths, section } from "../plan-model";
import { monthsBetween } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G8", "G5"];

const messages = {
  noExercise: {
    en: "The coordination section gives no date for an exercise with migrants. Hold a drill that includes migrants and their community representatives, and record its date in \"exercises\": plans that are never tried out fail where nobody looked ({cite}).",
    ru: "В разделе координации не указана дата учений с участием мигрантов. Проведите учения с участием мигрантов и представителей их общин и запишите их дату в `exercises`: планы, которые ни разу не проверялись, подводят там, где никто не смотрел ({cite}).",
    uz: "Muvofiqlashtirish boʻlimida migrantlar ishtirokidagi mashgʻulot sanasi koʻrsatilmagan. Migrantlar va ularning jamoa vakillari ishtirokida mashgʻulot oʻtkazing va uning sanasini `exercises` ga yozing: hech qachon sinab koʻrilmagan rejalar hech kim qaramagan joyda ish bermaydi ({cite}).",
  },
  staleExercise: {
    en: "The last exercise with migrants was on {date}, {months, number} months ago, longer than the {limit, number} months between exercises. Hold a new drill that includes migrants and record its date in \"exercises\": people, contacts and routes change, and only a drill shows what no longer works ({cite}).",
    ru: "Последние учения с участием мигрантов прошли {date}, {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}} назад, а между учениями должно проходить не больше {limit, plural, one {# месяца} few {# месяцев} many {# месяцев} other {# месяца}}. Проведите новые учения с участием мигрантов и запишите их дату в `exercises`: люди, контакты и маршруты меняются, и только учения показывают, что перестало работать ({cite}).",
    uz: "Migrantlar ishtirokidagi oxirgi mashgʻulot {date} da, {months, number} oy oldin boʻlgan, bu esa mashgʻulotlar orasidagi {limit, number} oydan uzoq. Migrantlar ishtirokida yangi mashgʻulot oʻtkazing va uning sanasini `exercises` ga yozing: odamlar, aloqa maʼlumotlari va yoʻnalishlar oʻzgaradi, nima ishlamay qolganini esa faqat mashgʻulot koʻrsatadi ({cite}).",
  },
} satisfies RuleMessages;

/**
 * CORD002: the plan has been tried out, with migrants, recently. Stale after
 * `staleAfterMonths` (24 by default), like the plan's review date.
 */
export const coordinationExercises: Rule = {
  meta: {
    code: "CORD002",
    name: "coordination-exercises",
    area: "coordination",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The coordination section gives no `exercises` date, or one older than `staleAfterMonths` (24 months by default).",
    translations: {
      ru: {
        summary: `В разделе координации нет даты \`exercises\`, или она старше \`staleAfterMonths\` (по умолчанию 24 месяца).`,
        why: `План, который ни разу не проверяли на деле, отказывает так, как никто не предвидел: на горячей линии нет переводчика, в списке автобусов забыли ночную смену, у консульства сменился номер. Руководящие принципы MICIC требуют наращивать потенциал и проводить учения с участием мигрантов, а их уроки учитывать в плане (${citeRu(guidelines)}). Раздел координации фиксирует дату последних таких учений, и она должна быть недавней.`,
        notes: `Предел задаётся \`staleAfterMonths\` (по умолчанию 24), как и для даты \`reviewed\` плана: учения, проведённые ровно 24 месяца назад, ещё соответствуют правилу. Отсутствие \`exercises\` отмечается на ключевом слове \`coordination\`, устаревшая дата — на самой дате. План без раздела \`coordination\` получает вместо этого CORD001, а значение, которое не является датой, — SCH002. Исправления нет: передвинуть дату могут только настоящие учения.`,
      },
      uz: {
        summary: `Muvofiqlashtirish boʻlimida \`exercises\` sanasi yoʻq yoki u \`staleAfterMonths\` dan eski (standart boʻyicha 24 oy).`,
        why: `Hech qachon amalda sinab koʻrilmagan reja hech kim oldindan koʻrmagan tarzda ishlamay qoladi: ishonch telefonida tarjimon yoʻq, avtobuslar roʻyxatida tungi smena unutilgan, konsullik raqami oʻzgargan. MICIC qoʻllanmasi salohiyatni oshirish va migrantlar ishtirokida mashgʻulotlar oʻtkazishni, ularning saboqlarini esa rejada hisobga olishni talab qiladi (${citeUz(guidelines)}). Muvofiqlashtirish boʻlimi shunday oxirgi mashgʻulot sanasini qayd etadi va u yaqinda boʻlgan boʻlishi kerak.`,
        notes: `Chegara rejaning \`reviewed\` sanasidagi kabi \`staleAfterMonths\` bilan belgilanadi (standart boʻyicha 24): roppa-rosa 24 oy oldin oʻtkazilgan mashgʻulot hali qoidaga mos. \`exercises\` yoʻqligi \`coordination\` kalit soʻzida, eskirgan sana esa sananing oʻzida qayd etiladi. \`coordination\` boʻlimi yoʻq reja buning oʻrniga CORD001 ni, sana boʻlmagan qiymat esa SCH002 ni oladi. Tuzatish yoʻq: sanani faqat haqiqiy mashgʻulot oʻzgartira oladi.`,
      },
    },
    docs: {
      why: `A plan that has never been tried out fails in ways nobody foresaw: the hotline has no interpreter, the bus list leaves out the night shift, the consulate's number has changed. The MICIC Guidelines ask for capacity building and drills that include migrants, with the lessons fed back into the plan (${cite(guidelines)}). The coordination section records the date of the last such exercise, and it should be recent.`,
      failing: `plan "Typhoon plan" {
  coordination {
    mechanism: "Regional disaster council, foreign nationals desk"
    exercises: 2024-08-01
  }
}`,
      passing: `plan "Typhoon plan" {
  coordination {
    mechanism: "Regional disaster council, foreign nationals desk"
    exercises: 2026-04-22
  }
}`,
      notes: `The limit is set by \`staleAfterMonths\` (default 24), as for the plan's \`reviewed\` date: an exercise exactly 24 months ago still passes. A missing \`exercises\` stands on the \`coordination\` keyword, a stale one on its date. A plan without a \`coordination\` section gets CORD001 instead, and a value that is not a date gets SCH002. There is no fix: only a real exercise can move the date.`,
    },
  },
  check(context) {
    const { plan, options, report } = context;
    const say = voice(messages, guidelines, context);
    const coordination = section(plan, "coordination");
    if (!coordination) return;
    const exercises = attributeOf(coordination, "exercises");
    if (!exercises) {
      report({
        message: say.t("noExercise", { cite: say.cite() }),
        span: coordination.kind.span,
      });
      return;
    }
    const date = dateOf(coordination, "exercises");
    if (!date || !olderThanMonths(date, options.staleAfterMonths, options.today)) return;
    const value = exercises.values[0];
    report({
      message: say.t("staleExercise", { date: value.text, months: monthsBetween(date, options.today), limit: options.staleAfterMonths, cite: say.cite() }),
      span: value.span,
    });
  },
};
