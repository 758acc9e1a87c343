import type { Rule, RuleMessages } from "../../core/rule";
import { cite, inSection, numberOf, section } from "../plan-model";
import { coverage, populationsByCoverage } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G13"];

const messages = {
  tooFewPlaces: {
    en: "{points, select, none {The evacuation has no assembly point} other {The assembly points hold {places, number} people}}, but {all, select, yes {the populations in the plan} other {the populations the evacuation covers}} number {people, number}{caveat}: {short, number} people would have nowhere to go. Add assembly points or raise their capacity until every person covered has a place ({cite}).",
    ru: "{points, select, none {В эвакуации нет ни одного пункта сбора} other {Пункты сбора вмещают {places, plural, one {# человека} few {# человек} many {# человек} other {# человека}}}}, а {all, select, yes {в группах населения плана} other {в группах населения, охваченных эвакуацией,}} {people, plural, one {# человек} few {# человека} many {# человек} other {# человека}}{caveat}: мест не хватит для {short, plural, one {# человека} few {# человек} many {# человек} other {# человека}}. Добавьте пункты сбора или увеличьте их вместимость, чтобы у каждого охваченного человека было место ({cite}).",
    uz: "{points, select, none {Evakuatsiyada birorta ham yigʻilish punkti yoʻq} other {Yigʻilish punktlari {places, number} kishini sigʻdiradi}}, ammo {all, select, yes {rejadagi aholi guruhlarida} other {evakuatsiya qamrab olgan aholi guruhlarida}} {people, number} kishi bor{caveat}: {short, number} kishiga joy yetmaydi. Yigʻilish punktlarini qoʻshing yoki ularning sigʻimini oshiring, toki qamrab olingan har bir kishiga joy boʻlsin ({cite}).",
  },
  unsized: {
    en: "{names} {count, plural, one {has no size and is} other {have no size and are}} not counted",
    ru: "{names}: численность не указана, {count, plural, one {группа не учтена} few {группы не учтены} many {группы не учтены} other {группы не учтены}}",
    uz: "{names}: soni koʻrsatilmagan, hisobga olinmagan",
  },
  uncounted: {
    en: "{names} {count, plural, one {has no capacity and is} other {have no capacity and are}} not counted",
    ru: "{names}: вместимость не указана, {count, plural, one {пункт не учтён} few {пункты не учтены} many {пункты не учтены} other {пункты не учтены}}",
    uz: "{names}: sigʻimi koʻrsatilmagan, hisobga olinmagan",
  },
} satisfies RuleMessages;

/**
 * EVAC006: the assembly points must hold everyone the evacuation covers.
 * The message gives both totals, so the drafter sees the shortfall.
 */
export const evacuationCapacity: Rule = {
  meta: {
    code: "EVAC006",
    name: "evacuation-capacity",
    area: "evacuation",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The assembly points hold fewer people than the populations the evacuation covers.",
    translations: {
      ru: {
        summary: `Пункты сбора вмещают меньше людей, чем насчитывают группы населения, охваченные эвакуацией.`,
        why: `Если мест хватает лишь для части людей, охваченных эвакуацией, в день эвакуации кому-то откажут, и у ворот останутся мигранты: они последними узнают и последними приходят. Сравнение вместимости пунктов сбора с численностью охваченных групп показывает нехватку мест, пока ещё есть время найти другое помещение (${citeRu(guidelines)}).`,
        notes: `Учитываются группы, охваченные эвакуацией: все, если \`covers\` отсутствует или равно \`all\`, иначе — перечисленные в нём. Группа без \`size\` и пункт сбора без \`capacity\` считаются равными нулю, и в сообщении сказано, какие из них не вошли в подсчёт (об отсутствии численности сообщает POP001). Замечание относится к ключевому слову \`evacuation\`. Исправления нет: найти дополнительные места могут только составители плана.`,
      },
      uz: {
        summary: `Yigʻilish punktlari evakuatsiya qamrab olgan aholi guruhlaridagi odamlardan kamroq kishini sigʻdiradi.`,
        why: `Agar joylar evakuatsiya qamrab olgan odamlarning faqat bir qismiga yetsa, evakuatsiya kuni kimgadir rad javobi beriladi va darvoza oldida migrantlar qoladi: ular eng oxirida eshitadi va eng oxirida keladi. Yigʻilish punktlari sigʻimini qamrab olingan guruhlar soni bilan solishtirish boshqa joy topishga hali vaqt borida joy yetishmasligini koʻrsatadi (${citeUz(guidelines)}).`,
        notes: `Evakuatsiya qamrab olgan guruhlar hisobga olinadi: \`covers\` yoʻq yoki \`all\` boʻlsa, hammasi, aks holda unda sanab oʻtilganlar. \`size\` siz guruh va \`capacity\` siz yigʻilish punkti nolga teng deb hisoblanadi, xabarda esa ulardan qaysilari hisobga kirmagani aytiladi (son yoʻqligi haqida POP001 xabar beradi). Eslatma \`evacuation\` kalit soʻziga tegishli. Tuzatish yoʻq: qoʻshimcha joylarni faqat reja tuzuvchilari topa oladi.`,
      },
    },
    docs: {
      why: `An evacuation that has places for only part of the people it covers will turn people away on the day, and migrants, last to hear and last to arrive, are the ones left at the gate. Adding up the capacity of the assembly points and the size of the populations covered shows the shortfall while there is still time to find another site (${cite(guidelines)}).`,
      failing: `plan "Earthquake plan" {
  population syrians "Syrians under temporary protection" { size: 48000 }
  population afghans "Afghan applicants" { size: 8000 }
  evacuation {
    covers: all
    assembly-point tent_city "Tent city" { capacity: 25000 }
    assembly-point container_city "Container city" { capacity: 12000 }
  }
}`,
      passing: `plan "Earthquake plan" {
  population syrians "Syrians under temporary protection" { size: 48000 }
  population afghans "Afghan applicants" { size: 8000 }
  evacuation {
    covers: all
    assembly-point tent_city "Tent city" { capacity: 45000 }
    assembly-point container_city "Container city" { capacity: 12000 }
  }
}`,
      notes: `The populations counted are those the evacuation covers: all of them when \`covers\` is absent or \`all\`, otherwise the ones it lists. A population without a \`size\` and an assembly point without a \`capacity\` count as zero, and the message says which ones were left out of the sums (POP001 reports a missing size). The finding stands on the \`evacuation\` keyword. There is no fix: only the drafters can find more places.`,
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const { covered } = populationsByCoverage(plan, evacuation);
    const quoted = (id: string) => (say.locale === "en" ? `'${id}'` : id);
    const unsized = covered.filter((p) => numberOf(p, "size") === undefined).map((p) => quoted(p.id!.text));
    const people = covered.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
    if (people === 0) return; // nothing counted yet: POP001 asks for sizes

    const points = inSection(plan, "evacuation", "assembly-point");
    const uncounted = points.filter((a) => numberOf(a, "capacity") === undefined).map((a) => quoted(a.id!.text));
    const places = points.reduce((sum, a) => sum + (numberOf(a, "capacity") ?? 0), 0);
    if (places >= people) return;

    const gaps: string[] = [];
    if (unsized.length > 0) gaps.push(say.t("unsized", { names: say.list(unsized), count: unsized.length }));
    if (uncounted.length > 0) gaps.push(say.t("uncounted", { names: say.list(uncounted), count: uncounted.length }));
    const caveat = gaps.length > 0 ? ` (${gaps.join("; ")})` : "";
    report({
      message: say.t("tooFewPlaces", {
        points: points.length === 0 ? "none" : "some",
        places,
        all: coverage(evacuation).all ? "yes" : "no",
        people,
        caveat,
        short: people - places,
        cite: say.cite(),
      }),
      span: evacuation.kind.span,
    });
  },
};
