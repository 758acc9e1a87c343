import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, section } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G2"];

const messages = {
  noRetention: {
    en: "The referral section does not say how long personal data is kept. Add \"data-retention:\" with a duration (for example \"data-retention: 90d\") or a text: data gathered in a crisis must not be kept longer than needed, for migrants'' privacy and safety ({cite}).",
    ru: "В разделе перенаправления не сказано, как долго хранятся персональные данные. Добавьте `data-retention:` со сроком (например, `data-retention: 90d`) или текстом: данные, собранные во время кризиса, не должны храниться дольше, чем нужно, ради неприкосновенности частной жизни и безопасности мигрантов ({cite}).",
    uz: "Yoʻnaltirish boʻlimida shaxsiy maʼlumotlar qancha vaqt saqlanishi aytilmagan. `data-retention:` ni muddat (masalan, `data-retention: 90d`) yoki matn bilan qoʻshing: inqiroz paytida toʻplangan maʼlumotlar migrantlarning shaxsiy hayoti daxlsizligi va xavfsizligi uchun keragidan uzoq saqlanmasligi kerak ({cite}).",
  },
} satisfies RuleMessages;

/** REF008: the plan says how long personal data from referrals is kept. */
export const referralDataRetention: Rule = {
  meta: {
    code: "REF008",
    name: "referral-data-retention",
    area: "referral",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "The referral section does not say how long personal data is kept (`data-retention`).",
    translations: {
      ru: {
        summary: `В разделе перенаправления не сказано, как долго хранятся персональные данные (\`data-retention\`).`,
        why: `Данные, собранные, чтобы помочь людям в кризис, не должны пережить кризис. Руководящие принципы MICIC требуют обращаться с информацией о мигрантах с уважением к их частной жизни и безопасности (${citeRu(guidelines)}); список имён, статусов и адресов, хранящийся бессрочно, может быть использован во вред спустя долгое время после чрезвычайной ситуации. План должен говорить, как долго хранятся данные перенаправления, чтобы их удаляли, когда они больше не нужны.`,
        notes: `Учитывается и срок (\`90d\`), и текст (\`"until the case is closed, at most a year"\`). Исправления нет: только составитель плана может сказать, как долго нужны данные. План без раздела \`referral\` получает вместо этого замечание PLAN004.`,
      },
      uz: {
        summary: `Yoʻnaltirish boʻlimida shaxsiy maʼlumotlar qancha vaqt saqlanishi aytilmagan (\`data-retention\`).`,
        why: `Inqirozda odamlarga yordam berish uchun toʻplangan maʼlumotlar inqirozdan uzoq yashamasligi kerak. MICIC qoʻllanmasi migrantlar haqidagi axborotga ularning shaxsiy hayoti va xavfsizligini hurmat qilgan holda munosabatda boʻlishni talab qiladi (${citeUz(guidelines)}); muddatsiz saqlanadigan ismlar, maqomlar va manzillar roʻyxati favqulodda vaziyatdan ancha keyin ham suiisteʼmol qilinishi mumkin. Reja yoʻnaltirish maʼlumotlari qancha vaqt saqlanishini aytishi kerak, toki ular kerak boʻlmay qolganda oʻchirilsin.`,
        notes: `Muddat (\`90d\`) ham, matn (\`"until the case is closed, at most a year"\`) ham hisobga olinadi. Tuzatish yoʻq: maʼlumotlar qancha vaqt kerakligini faqat reja tuzuvchisi ayta oladi. \`referral\` boʻlimi yoʻq reja buning oʻrniga PLAN004 eslatmasini oladi.`,
      },
    },
    docs: {
      why: `Data gathered to help people in a crisis should not outlive the crisis. The MICIC Guidelines ask that information on migrants be handled with regard for their privacy and safety (${cite(guidelines)}); a list of names, statuses and addresses kept for ever can be misused long after the emergency. The plan should say how long referral data is kept, so that it is deleted when it is no longer needed.`,
      failing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
  }
}`,
      passing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
    data-retention: 90d
  }
}`,
      notes: "A duration (`90d`) or a text (`\"until the case is closed, at most a year\"`) both count. There is no fix: only the drafter can say how long data is needed. A plan without a `referral` section gets PLAN004 instead.",
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, guidelines, context);
    const referral = section(plan, "referral");
    if (!referral) return;
    // Any value counts: a wrongly typed one is SCH002's business.
    if ((attributeOf(referral, "data-retention")?.values.length ?? 0) > 0) return;
    report({
      message: say.t("noRetention", { cite: say.cite() }),
      span: referral.kind.span,
    });
  },
};
