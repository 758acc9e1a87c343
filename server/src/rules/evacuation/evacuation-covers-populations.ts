import { attributeOf } from "../../core/ast";
import { MAX_RELATED, type Fix } from "../../core/finding";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, headerSpan, section, setAttributeFix } from "../plan-model";
import { populationLabel, populationsByCoverage } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5", "G13"];

const messages = {
  leftOut: {
    en: "The evacuation leaves out the {count, plural, one {population} other {populations}} {labels}: \"covers\" does not list {count, plural, one {it} other {them}}. Add {ids} to \"covers\", or write \"covers: all\", so that every group of migrants in the plan has a way to safety ({cite}).",
    ru: "Эвакуация не охватывает {count, plural, one {группу населения} few {группы населения} many {группы населения} other {группы населения}} {labels}: в `covers` {count, plural, one {она не указана} few {они не указаны} many {они не указаны} other {они не указаны}}. Добавьте {ids} в `covers` или напишите `covers: all`, чтобы у каждой группы мигрантов в плане был путь к безопасному месту ({cite}).",
    uz: "Evakuatsiya {labels} aholi {count, plural, one {guruhini} other {guruhlarini}} qamrab olmaydi: `covers` da {count, plural, one {u koʻrsatilmagan} other {ular koʻrsatilmagan}}. {ids} ni `covers` ga qoʻshing yoki `covers: all` deb yozing, toki rejadagi har bir migrantlar guruhining xavfsiz joyga yoʻli boʻlsin ({cite}).",
  },
  notCovered: {
    en: "population ''{population}'' is not covered by the evacuation",
    ru: "группа населения {population} не охвачена эвакуацией",
    uz: "{population} aholi guruhi evakuatsiya bilan qamrab olinmagan",
  },
  coverAll: {
    en: "Cover all populations (''covers: all'')",
    ru: "Охватить все группы населения (`covers: all`)",
    uz: "Barcha aholi guruhlarini qamrab olish (`covers: all`)",
  },
} satisfies RuleMessages;

/**
 * EVAC002: every population the plan declares must be one the evacuation
 * covers. One finding per evacuation section, naming every group left out.
 */
export const evacuationCoversPopulations: Rule = {
  meta: {
    code: "EVAC002",
    name: "evacuation-covers-populations",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation's `covers` list leaves out a population the plan declares.",
    translations: {
      ru: {
        summary: `В списке \`covers\` раздела эвакуации нет группы населения, объявленной в плане.`,
        why: `План, который учитывает группу мигрантов, а затем не включает её в эвакуацию, на бумаге уже решил, что эти люди останутся. Чаще всего не включают тех, о ком, как думают составители, позаботится кто-то другой (моряков, лиц, содержащихся под стражей, работников отдалённых лагерей), а в кризис этот кто-то может и не прийти. Эвакуация должна охватывать каждую группу, известную плану, или охватывать всех (\`all\`) (${citeRu(guidelines)}).`,
        notes: `Эвакуация без \`covers\` или с \`covers: all\` охватывает все группы населения. Замечание относится к \`covers\` и называет каждую невключённую группу со ссылкой на неё. Предлагаются два исправления: добавить невключённые группы в \`covers\` (вносит \`--fix\`) или заменить список на \`covers: all\` (только в редакторе, так как это охватит и группы, объявленные позже).`,
      },
      uz: {
        summary: `Evakuatsiya boʻlimining \`covers\` roʻyxatida rejada eʼlon qilingan aholi guruhi yoʻq.`,
        why: `Migrantlar guruhini hisobga olib, keyin uni evakuatsiyaga kiritmagan reja qogʻozda bu odamlar qolib ketishini allaqachon hal qilgan boʻladi. Odatda tuzuvchilar fikricha boshqa kimdir gʻamxoʻrlik qiladigan guruhlar (dengizchilar, hibsda saqlanayotganlar, uzoq lagerlardagi ishchilar) kiritilmay qoladi, inqirozda esa oʻsha kimdir kelmasligi mumkin. Evakuatsiya rejaga maʼlum boʻlgan har bir guruhni qamrab olishi yoki hammani (\`all\`) qamrab olishi kerak (${citeUz(guidelines)}).`,
        notes: `\`covers\` yoʻq yoki \`covers: all\` boʻlgan evakuatsiya barcha aholi guruhlarini qamrab oladi. Eslatma \`covers\` ga tegishli boʻlib, kiritilmagan har bir guruhni unga havola bilan nomlaydi. Ikki tuzatish taklif qilinadi: kiritilmagan guruhlarni \`covers\` ga qoʻshish (\`--fix\` kiritadi) yoki roʻyxatni \`covers: all\` bilan almashtirish (faqat muharrirda, chunki bu keyinroq eʼlon qilingan guruhlarni ham qamrab oladi).`,
      },
    },
    docs: {
      why: `A plan that counts a group of migrants and then leaves them out of the evacuation has decided, on paper, that they stay behind. Groups left out are usually those the drafters think someone else will look after (seafarers, detainees, workers in remote camps), and in a crisis that someone may not come. The evacuation must say it covers every group the plan knows about, or cover \`all\` (${cite(guidelines)}).`,
      failing: `plan "Typhoon plan" {
  population residents "Korean residents" { size: 9000 }
  population seafarers "Indonesian seafarers" { size: 1500 }
  evacuation {
    covers: residents
  }
}`,
      passing: `plan "Typhoon plan" {
  population residents "Korean residents" { size: 9000 }
  population seafarers "Indonesian seafarers" { size: 1500 }
  evacuation {
    covers: residents, seafarers
  }
}`,
      notes: `An evacuation without \`covers\`, or with \`covers: all\`, covers every population. The finding stands on \`covers\` and names every population left out, with a link to each. Two fixes are offered: add the populations left out to \`covers\` (applied by \`--fix\`), or replace the list with \`covers: all\` (in the editor only, as it also covers populations declared later).`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const covers = attributeOf(evacuation, "covers");
    if (!covers) return; // no list: everyone is covered
    const { left } = populationsByCoverage(plan, evacuation);
    if (left.length === 0) return;

    const ids = left.map((p) => p.id!.text);
    const fixes: Fix[] = [];
    const addThem = addValuesFix(document, evacuation, "covers", ids, say.addValues("covers", ids));
    if (addThem) fixes.push(addThem);
    const coverAll = setAttributeFix(document, evacuation, "covers", "all", say.t("coverAll"));
    if (coverAll) fixes.push(coverAll);

    const english = say.locale === "en";
    const labels = say.list(left.map((p) => (english ? populationLabel(p) : p.title ? `${p.id!.text} («${p.title.text.trim()}»)` : p.id!.text)));
    report({
      message: say.t("leftOut", { count: left.length, labels, ids: say.list(ids.map((id) => (english ? `"${id}"` : id))), cite: say.cite() }),
      span: covers.span,
      fixes,
      related: left.slice(0, MAX_RELATED).map((p) => ({ message: say.t("notCovered", { population: p.id!.text }), span: headerSpan(p) })),
    });
  },
};
