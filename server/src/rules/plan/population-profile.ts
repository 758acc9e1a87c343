import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { valuePlaceholder } from "../../core/edits";
import { cite, headerSpan, insertFix, populations } from "../plan-model";
import { labelOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G2", "G5"];

const messages = {
  incomplete: {
    en: "Population {population} does not give {names}. Add {items}: a group known only by its label cannot be planned for ({cite}).",
    ru: "Для группы населения {population} не указано {names}. Добавьте {items}: для группы, известной только по названию, нельзя планировать ({cite}).",
    uz: "{population} aholi guruhida {names} koʻrsatilmagan. {items} ni qoʻshing: faqat nomi maʼlum boʻlgan guruh uchun rejalashtirib boʻlmaydi ({cite}).",
  },
  item: {
    en: "\"{name}\" ({name, select, size {how many people, to size assembly points and transport} nationalities {their countries of origin, to involve their consulates} other {the languages they understand, to warn them in words they follow}})",
    ru: "`{name}` ({name, select, size {сколько людей — чтобы рассчитать пункты сбора и транспорт} nationalities {страны происхождения — чтобы привлечь их консульства} other {понятные им языки — чтобы предупреждать их словами, которые они понимают}})",
    uz: "`{name}` ({name, select, size {odamlar soni — yigʻilish punktlari va transportni hisoblash uchun} nationalities {kelib chiqqan mamlakatlari — konsulliklarini jalb qilish uchun} other {ular tushunadigan tillar — ularni tushunadigan soʻzlar bilan ogohlantirish uchun}})",
  },
  fillIn: {
    en: "Add {names}, to fill in",
    ru: "Добавить {names}, чтобы заполнить",
    uz: "Toʻldirish uchun {names} ni qoʻshish",
  },
} satisfies RuleMessages;

/** What a population profile needs, and what each is for. */
const PROFILE: readonly { name: string; says: string }[] = [
  { name: "size", says: "how many people, to size assembly points and transport" },
  { name: "nationalities", says: "their countries of origin, to involve their consulates" },
  { name: "languages", says: "the languages they understand, to warn them in words they follow" },
];

/**
 * POP001: each population says how many people, from where, speaking what.
 * One finding per population, naming everything it lacks.
 */
export const populationProfile: Rule = {
  meta: {
    code: "POP001",
    name: "population-profile",
    area: "population",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A population without `size`, `nationalities` or `languages` (one finding per population).",
    translations: {
      ru: {
        summary: `У группы населения нет \`size\`, \`nationalities\` или \`languages\` (одно замечание на группу).`,
        why: `Чтобы планировать для мигрантов, нужно знать, кто они: сколько их, из каких стран, на каких языках говорят (${citeRu(guidelines)}). От численности зависит, сколько нужно мест и автобусов; от гражданства — какие консульства привлечь; от языков — какие предупреждения будут поняты. Для группы, описанной одним лишь названием, планировать нельзя.`,
        notes: `Атрибут считается указанным при любом значении; значение не того вида — замечание SCH002. Предложение вставляет каждый недостающий атрибут с местом для заполнения («…», позиция табуляции в редакторе) и никогда не вставляет значение, которое можно принять за факт (численность 0, код языка): SCH002 и SCH004 сообщают о местах, пока они не заполнены, а \`--fix\` это предложение не применяет.`,
      },
      uz: {
        summary: `Aholi guruhida \`size\`, \`nationalities\` yoki \`languages\` yoʻq (har bir guruh uchun bitta eslatma).`,
        why: `Migrantlar uchun rejalashtirishda ular kimligini bilish kerak: ular qancha, qaysi mamlakatlardan, qaysi tillarda gapiradi (${citeUz(guidelines)}). Soniga qarab qancha joy va avtobus kerakligi, fuqaroligiga qarab qaysi konsulliklarni jalb qilish, tillariga qarab qaysi ogohlantirishlar tushunilishi aniqlanadi. Faqat nomi bilan tavsiflangan guruh uchun rejalashtirib boʻlmaydi.`,
        notes: `Atribut har qanday qiymatda koʻrsatilgan hisoblanadi; boshqa turdagi qiymat — SCH002 eslatmasi. Taklif har bir yetishmayotgan atributni toʻldiriladigan joy bilan («…», muharrirdagi tabulyatsiya oʻrni) qoʻshadi va hech qachon fakt deb qabul qilinishi mumkin boʻlgan qiymatni (0 soni, til kodi) qoʻshmaydi: joylar toʻldirilmaguncha SCH002 va SCH004 ular haqida xabar beradi, \`--fix\` esa bu taklifni qoʻllamaydi.`,
      },
    },
    docs: {
      why: `Planning for migrants needs to know who they are: how many, from which countries, speaking which languages (${cite(guidelines)}). The size decides how many places and buses are needed; the nationalities decide which consulates must be involved; the languages decide which warnings will be understood. A group described only by a label cannot be planned for.`,
      failing: `plan "Heatwave plan" {
  population farm_workers "Pakistani farm workers" {
    nationalities: PK  languages: ur, en
  }
}`,
      passing: `plan "Heatwave plan" {
  population farm_workers "Pakistani farm workers" {
    size: 2_500  nationalities: PK  languages: ur, en
  }
}`,
      notes: `An attribute counts as present whatever its value; a value of the wrong kind is SCH002's finding. The suggestion inserts each missing attribute with a place to fill ("…", a tab stop in the editor), never a value that would pass for a fact (a size of 0, a language code): SCH002 and SCH004 report the places until they are filled, and \`--fix\` leaves the suggestion alone.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    for (const population of populations(plan)) {
      const missing = PROFILE.filter((p) => !attributeOf(population, p.name));
      if (missing.length === 0) continue;

      // A place to fill for each: a size of 0 or a language code would pass for facts.
      const lines = missing.map((p) => `${p.name}: ${valuePlaceholder()}`);
      const english = say.locale === "en";
      const fix = insertFix(document, population, lines.join("\n"), say.t("fillIn", { names: say.list(missing.map((p) => (english ? `'${p.name}'` : say.word(p.name)))) }));

      report({
        message: say.t("incomplete", {
          population: labelOf(population),
          names: say.list(missing.map((p) => (english ? `"${p.name}"` : say.word(p.name))), { type: "disjunction" }),
          items: say.list(missing.map((p) => say.t("item", { name: p.name }))),
          cite: say.cite(),
        }),
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
