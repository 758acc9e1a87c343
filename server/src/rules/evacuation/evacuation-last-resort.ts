import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, section, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G13"];

const messages = {
  noStages: {
    en: "The evacuation section does not set out its stages. Add \"stages: shelter-in-place, relocate, evacuate\", so that moving people far from home is decided only when sheltering or relocating nearby will not do ({cite}).",
    ru: "В разделе эвакуации не определены этапы. Добавьте `stages: shelter-in-place, relocate, evacuate`, чтобы решение увезти людей далеко от дома принималось, только когда укрытие на месте или переселение поблизости не помогут ({cite}).",
    uz: "Evakuatsiya boʻlimida bosqichlar belgilanmagan. `stages: shelter-in-place, relocate, evacuate` ni qoʻshing, toki odamlarni uyidan uzoqqa olib ketish haqidagi qaror faqat joyida panoh topish yoki yaqin joyga koʻchirish yordam bermagandagina qabul qilinsin ({cite}).",
  },
  evacuateFirst: {
    en: "The stages put \"evacuate\" before {gentler}: evacuation should be the last resort. List them as \"stages: shelter-in-place, relocate, evacuate\", so that people are moved far from home only when nothing gentler will do ({cite}).",
    ru: "В этапах `evacuate` стоит раньше, чем {gentler}: эвакуация должна быть крайней мерой. Перечислите их так: `stages: shelter-in-place, relocate, evacuate`, чтобы людей увозили далеко от дома, только когда ничто более мягкое не поможет ({cite}).",
    uz: "Bosqichlarda `evacuate` {gentler} dan oldin turibdi: evakuatsiya soʻnggi chora boʻlishi kerak. Ularni `stages: shelter-in-place, relocate, evacuate` tartibida sanab oʻting, toki odamlar uyidan uzoqqa faqat yumshoqroq chora yordam bermagandagina olib ketilsin ({cite}).",
  },
} satisfies RuleMessages;

/**
 * EVAC011: evacuation is the last rung of the ladder, after sheltering in
 * place and relocating nearby. Fails when there is no ladder, or when
 * `evacuate` comes before one of the gentler stages.
 */
export const evacuationLastResort: Rule = {
  meta: {
    code: "EVAC011",
    name: "evacuation-last-resort",
    area: "evacuation",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The evacuation has no `stages`, or lists `evacuate` before `relocate` or `shelter-in-place`.",
    translations: {
      ru: {
        summary: `В разделе эвакуации нет \`stages\`, или \`evacuate\` стоит раньше \`relocate\` или \`shelter-in-place\`.`,
        why: `Эвакуация лишает людей привычной жизни: уехавшие мигранты могут потерять работу, жильё или законное право на пребывание, а некоторые не смогут вернуться. Она должна быть крайней мерой, к которой прибегают после того, как рассмотрены укрытие на месте и перемещение поблизости. Записанные в таком порядке этапы делают это решение явным (${citeRu(guidelines)}).`,
        notes: `Об отсутствии \`stages\` сообщается на ключевом слове \`evacuation\`; об этапах в неверном порядке (или о \`stages\` без единого этапа) — на атрибуте. Последовательность без \`evacuate\` или с одним \`evacuate\` соответствует правилу: ни та, ни другая не ставит эвакуацию раньше более мягкого этапа. Исправления нет, так как перестановка этапов меняет момент, когда людей перемещают.`,
      },
      uz: {
        summary: `Evakuatsiya boʻlimida \`stages\` yoʻq yoki \`evacuate\` \`relocate\` yoki \`shelter-in-place\` dan oldin turadi.`,
        why: `Evakuatsiya odamlarni odatiy hayotidan ayiradi: ketgan migrantlar ishi, uy-joyi yoki qonuniy yashash huquqidan ayrilishi mumkin, baʼzilari esa qaytib kela olmaydi. U joyida boshpana topish va yaqin atrofga koʻchish koʻrib chiqilgandan keyin qoʻllanadigan soʻnggi chora boʻlishi kerak. Bosqichlarni shu tartibda yozish bu qarorni aniq qiladi (${citeUz(guidelines)}).`,
        notes: `\`stages\` yoʻqligi haqida \`evacuation\` kalit soʻzida xabar beriladi; notoʻgʻri tartibdagi bosqichlar (yoki birorta ham bosqichi yoʻq \`stages\`) haqida atributda xabar beriladi. \`evacuate\` siz yoki faqat \`evacuate\` dan iborat ketma-ketlik qoidaga mos: ikkalasi ham evakuatsiyani yumshoqroq bosqichdan oldin qoʻymaydi. Tuzatish yoʻq, chunki bosqichlar oʻrnini almashtirish odamlar qachon koʻchirilishini oʻzgartiradi.`,
      },
    },
    docs: {
      why: `Evacuation uproots people: migrants who leave may lose their job, their housing or their legal stay, and some cannot come back. It should be the last resort, after sheltering in place and relocating nearby have been weighed. Writing the stages down in that order makes the decision explicit (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    stages: evacuate, relocate
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    stages: shelter-in-place, relocate, evacuate
  }
}`,
      notes: "A missing `stages` is reported on the `evacuation` keyword; stages in the wrong order (or a `stages` with no stage in it) on the attribute. A ladder without `evacuate`, or with `evacuate` alone, passes: neither puts evacuation before a gentler stage. There is no fix, since reordering the stages changes when people are moved.",
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const attribute = attributeOf(evacuation, "stages");
    const stages = words(evacuation, "stages");
    if (!attribute || stages.length === 0) {
      report({
        message: say.t("noStages", { cite: say.cite() }),
        span: attribute?.span ?? evacuation.kind.span,
      });
      return;
    }
    const evacuateAt = stages.indexOf("evacuate");
    if (evacuateAt < 0) return;
    const gentlerAfter = stages.slice(evacuateAt + 1).filter((s) => s === "relocate" || s === "shelter-in-place");
    if (gentlerAfter.length === 0) return;
    const gentler = [...new Set(gentlerAfter)].map((s) => (say.locale === "en" ? `"${s}"` : say.word(s)));
    report({
      message: say.t("evacuateFirst", { gentler: say.locale === "en" ? gentler.join(" and ") : say.list(gentler), cite: say.cite() }),
      span: attribute.span,
    });
  },
};
