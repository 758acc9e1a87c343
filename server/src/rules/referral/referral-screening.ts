import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { VULNERABILITIES } from "../../core/schema";
import { addValuesFix, cite, populations, section, words } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G12"];

const messages = {
  unscreened: {
    en: "Referral screening does not look for {missing}, which {declaring} {count, plural, one {declares} other {declare}}. Add {missingCount, plural, one {it} other {them}} to \"screening\": people with specific needs must be identified before they can be referred to the help they need ({cite}).",
    ru: "При отборе для перенаправления не выявляются {missing}, указанные в {count, plural, one {группе населения} few {группах населения} many {группах населения} other {группах населения}} {declaring}. Добавьте {missingCount, plural, one {это значение} few {эти значения} many {эти значения} other {эти значения}} в `screening`: людей с особыми потребностями нужно выявить, прежде чем направить к нужной им помощи ({cite}).",
    uz: "Yoʻnaltirish uchun saralashda {declaring} aholi {count, plural, one {guruhida} other {guruhlarida}} koʻrsatilgan {missing} aniqlanmaydi. {missingCount, plural, one {Uni} other {Ularni}} `screening` ga qoʻshing: alohida ehtiyojli odamlar kerakli yordamga yoʻnaltirilishidan oldin aniqlanishi kerak ({cite}).",
  },
} satisfies RuleMessages;

/**
 * REF007: screening before referral looks for every vulnerability the
 * populations declare. One finding naming all that are left out.
 */
export const referralScreening: Rule = {
  meta: {
    code: "REF007",
    name: "referral-screening",
    area: "referral",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "Populations declare vulnerabilities that the referral section's `screening` does not list (one finding naming them all).",
    translations: {
      ru: {
        summary: `Группы населения объявляют уязвимости, которых нет в \`screening\` раздела перенаправления (одно замечание, где названы все).`,
        why: `Перенаправление может удовлетворить только ту потребность, которую кто-то заметил. Руководящие принципы MICIC требуют чёткого порядка перенаправления, при котором выявляют людей с особыми потребностями и направляют их туда, где им помогут (${citeRu(guidelines)}). Если плану известно, что в группе есть дети, жертвы торговли людьми или лица, ищущие убежища, выявление перед перенаправлением должно их искать; иначе они пройдут так, будто у них нет особых потребностей.`,
        notes: `Замечание относится к \`screening\` или, если \`screening\` нет, к ключевому слову \`referral\` и называет пропущенные уязвимости и группы, которые их объявляют (не более пяти каждого вида, с числом остальных). Исправление добавляет их в \`screening\` (или вставляет \`screening\` с ними). План без раздела \`referral\` получает вместо этого замечание PLAN004.`,
      },
      uz: {
        summary: `Aholi guruhlari yoʻnaltirish boʻlimining \`screening\` ida yoʻq zaifliklarni eʼlon qiladi (hammasini nomlovchi bitta eslatma).`,
        why: `Yoʻnaltirish faqat kimdir payqagan ehtiyojni qondira oladi. MICIC qoʻllanmasi alohida ehtiyojli odamlar aniqlanib, yordam beriladigan joyga yuboriladigan aniq yoʻnaltirish tartibini talab qiladi (${citeUz(guidelines)}). Agar rejaga guruhda bolalar, odam savdosi qurbonlari yoki boshpana soʻraganlar borligi maʼlum boʻlsa, yoʻnaltirishdan oldingi aniqlash ularni izlashi kerak; aks holda ular hech qanday alohida ehtiyoji yoʻqdek oʻtib ketadi.`,
        notes: `Eslatma \`screening\` ga yoki \`screening\` yoʻq boʻlsa, \`referral\` kalit soʻziga tegishli boʻlib, tushirib qoldirilgan zaifliklarni va ularni eʼlon qilgan guruhlarni nomlaydi (har biridan koʻpi bilan beshtasi, qolganlari soni bilan). Tuzatish ularni \`screening\` ga qoʻshadi (yoki ular bilan \`screening\` ni qoʻshadi). \`referral\` boʻlimi yoʻq reja buning oʻrniga PLAN004 eslatmasini oladi.`,
      },
    },
    docs: {
      why: `A referral can only meet a need that someone has noticed. The MICIC Guidelines ask for clear referral procedures that identify people with specific needs and take them to the right help (${cite(guidelines)}). When the plan knows that a population includes children, trafficking victims or asylum-seekers, screening before referral must look for them; otherwise they pass through as if they had no particular need.`,
      failing: `plan "Conflict plan" {
  population detainees "Migrants in detention" {
    size: 2800  nationalities: NG  languages: en
    vulnerabilities: detained, trafficking-victims, asylum-seekers
  }
  referral {
    screening: detained
  }
}`,
      passing: `plan "Conflict plan" {
  population detainees "Migrants in detention" {
    size: 2800  nationalities: NG  languages: en
    vulnerabilities: detained, trafficking-victims, asylum-seekers
  }
  referral {
    screening: detained, trafficking-victims, asylum-seekers
  }
}`,
      notes: "The finding stands on `screening`, or on the `referral` keyword when `screening` is missing, and names the vulnerabilities left out and the populations that declare them (five of each at most, with a count of the rest). The fix adds them to `screening` (or inserts `screening` with them). A plan without a `referral` section gets PLAN004 instead.",
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const referral = section(plan, "referral");
    if (!referral) return;
    const screened = new Set(words(referral, "screening"));
    // The vulnerabilities the screening leaves out, and the populations
    // that declare any of them, each once and in the order of the plan.
    const unscreened = new Set<string>();
    const declaring: string[] = [];
    for (const population of populations(plan)) {
      let declares = false;
      for (const vulnerability of words(population, "vulnerabilities")) {
        if (screened.has(vulnerability)) continue;
        unscreened.add(vulnerability);
        declares = true;
      }
      if (declares) declaring.push(population.id!.text);
    }
    // In the schema's order, and only words the schema knows: an unknown
    // word is SCH002's business and must not be copied into `screening`.
    const missing = VULNERABILITIES.filter((v) => unscreened.has(v));
    if (missing.length === 0) return;
    const fix = addValuesFix(document, referral, "screening", missing, say.addValues("screening", missing));
    report({
      message: say.t("unscreened", {
        missing: say.list(missing.map(say.word)),
        missingCount: missing.length,
        declaring: say.list(declaring),
        count: declaring.length,
        cite: say.cite(),
      }),
      span: attributeOf(referral, "screening")?.span ?? referral.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
