import { attributeOf, blocksOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, headerSpan, numberOf, section } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5"];

const messages = {
  noLevels: {
    en: "The evacuation section has no alert levels. Add \"alert-level\" blocks, each with an \"order\" and an \"action\", so that everyone knows what is done for migrants at each stage of a warning, well before evacuation ({cite}).",
    ru: "В разделе эвакуации нет уровней оповещения. Добавьте блоки `alert-level`, каждый с `order` и `action`, чтобы все знали, что делается для мигрантов на каждом этапе оповещения, задолго до эвакуации ({cite}).",
    uz: "Evakuatsiya boʻlimida ogohlantirish darajalari yoʻq. Har biri `order` va `action` bilan `alert-level` bloklarini qoʻshing, toki hamma ogohlantirishning har bir bosqichida, evakuatsiyadan ancha oldin migrantlar uchun nima qilinishini bilsin ({cite}).",
  },
  sameOrder: {
    en: "Alert levels {first} and {second} both have \"order: {order}\". Give each level its own step, so that everyone knows which actions apply when the warning changes ({cite}).",
    ru: "У уровней оповещения {first} и {second} одинаковый `order: {order}`. Дайте каждому уровню свой шаг, чтобы все знали, какие действия применяются при изменении оповещения ({cite}).",
    uz: "{first} va {second} ogohlantirish darajalarida bir xil `order: {order}`. Har bir darajaga oʻz bosqichini bering, toki ogohlantirish oʻzgarganda qaysi harakatlar qoʻllanishini hamma bilsin ({cite}).",
  },
  sameOrderRelated: {
    en: "alert level {first} has order {order}",
    ru: "у уровня оповещения {first} тоже `order: {order}`",
    uz: "{first} ogohlantirish darajasida ham `order: {order}`",
  },
} satisfies RuleMessages;

/**
 * EVAC015: a warning ladder with distinct steps. Fails when there are no
 * `alert-level` blocks (one finding, at the section), or on each level whose
 * `order` an earlier level already has.
 */
export const evacuationAlertLevels: Rule = {
  meta: {
    code: "EVAC015",
    name: "evacuation-alert-levels",
    area: "evacuation",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The evacuation has no `alert-level` blocks, or two alert levels share an `order`.",
    translations: {
      ru: {
        summary: `В разделе эвакуации нет блоков \`alert-level\`, или у двух уровней оповещения одинаковый \`order\`.`,
        why: `Уровни оповещения связывают каждый этап предупреждения с тем, что на этом этапе делается для мигрантов: когда работодатели сверяют списки работников, когда проводят инструктаж для контактных лиц в общинах, когда переносят лагеря. Без них действия откладываются до последней минуты; если два уровня стоят на одной ступени, никто не знает, какой из них действует. Планирование уровней с учётом потребностей мигрантов — часть планирования на случай чрезвычайных ситуаций (${citeRu(guidelines)}).`,
        notes: `Отсутствие уровней — одно замечание на ключевом слове \`evacuation\`. О повторе \`order\` сообщается на каждом следующем уровне, который его повторяет, со ссылкой на первый. Уровни без \`order\` не сравниваются. Исправления нет: какой уровень идёт первым, решают составители плана.`,
      },
      uz: {
        summary: `Evakuatsiya boʻlimida \`alert-level\` bloklari yoʻq yoki ikki ogohlantirish darajasining \`order\` i bir xil.`,
        why: `Ogohlantirish darajalari ogohlantirishning har bir bosqichini shu bosqichda migrantlar uchun nima qilinishi bilan bogʻlaydi: ish beruvchilar ishchilar roʻyxatini qachon tekshiradi, jamoalardagi masʼul shaxslarga qachon yoʻl-yoʻriq beriladi, lagerlar qachon koʻchiriladi. Ularsiz harakatlar soʻnggi daqiqagacha kechiktiriladi; ikki daraja bir pogʻonada tursa, qaysi biri amal qilishini hech kim bilmaydi. Darajalarni migrantlar ehtiyojlarini hisobga olib rejalashtirish favqulodda vaziyatlarga tayyorgarlik rejalashtirishining bir qismidir (${citeUz(guidelines)}).`,
        notes: `Darajalar yoʻqligi — \`evacuation\` kalit soʻzidagi bitta eslatma. \`order\` takrorlanishi haqida uni takrorlagan har bir keyingi darajada birinchisiga havola bilan xabar beriladi. \`order\` siz darajalar solishtirilmaydi. Tuzatish yoʻq: qaysi daraja birinchi kelishini reja tuzuvchilari hal qiladi.`,
      },
    },
    docs: {
      why: `Alert levels tie each stage of a warning to what is done for migrants at that stage: when employers check their worker lists, when community focal points are briefed, when camps are moved. Without them, action waits for the last moment; with two levels at the same step, nobody knows which applies. Planning the ladder with migrants' needs in it is part of contingency planning (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    alert-level watch "Watch" { order: 1  action: "Brief community focal points" }
    alert-level warning "Warning" { order: 1  action: "Relocate camps away from the river" }
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    alert-level watch "Watch" { order: 1  action: "Brief community focal points" }
    alert-level warning "Warning" { order: 2  action: "Relocate camps away from the river" }
  }
}`,
      notes: "A missing ladder is one finding on the `evacuation` keyword. A shared `order` is reported on each later level that repeats it, with a link to the first. Levels without an `order` are not compared. There is no fix: which level comes first is for the drafters to decide.",
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const levels = blocksOf(evacuation, "alert-level");
    if (levels.length === 0) {
      report({
        message: say.t("noLevels", { cite: say.cite() }),
        span: evacuation.kind.span,
      });
      return;
    }
    const firstAtOrder = new Map<number, (typeof levels)[number]>();
    for (const level of levels) {
      const order = numberOf(level, "order");
      if (order === undefined) continue;
      const first = firstAtOrder.get(order);
      if (!first) {
        firstAtOrder.set(order, level);
        continue;
      }
      const name = (b: typeof level) => {
        const text = b.id?.text ?? b.title?.text ?? b.kind.text;
        return say.locale === "en" ? `'${text}'` : text;
      };
      // The order as typed: a number in the plan, not one to format.
      const typed = String(order);
      report({
        message: say.t("sameOrder", { first: name(first), second: name(level), order: typed, cite: say.cite() }),
        span: attributeOf(level, "order")!.span,
        related: [{ message: say.t("sameOrderRelated", { first: name(first), order: typed }), span: headerSpan(first) }],
      });
    }
  },
};
