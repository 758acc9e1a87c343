import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";

const guidelines = ["G11", "G3"];

const messages = {
  sectionWord: {
    en: "The referral section {state, select, opposite {says personal data from referrals is shared with immigration enforcement} other {does not say whether personal data from referrals reaches immigration enforcement}}. Set \"shares-with-immigration-enforcement: no\": migrants will not come forward for help if doing so can lead to their arrest or removal ({cite}).",
    ru: "{state, select, opposite {В разделе перенаправления сказано, что персональные данные из перенаправлений передаются органам миграционного контроля} other {В разделе перенаправления не сказано, попадают ли персональные данные из перенаправлений к органам миграционного контроля}}. Укажите `shares-with-immigration-enforcement: no`: мигранты не обратятся за помощью, если это может привести к их задержанию или высылке ({cite}).",
    uz: "{state, select, opposite {Yoʻnaltirish boʻlimida yoʻnaltirishlardagi shaxsiy maʼlumotlar migratsiya nazorati organlariga berilishi aytilgan} other {Yoʻnaltirish boʻlimida yoʻnaltirishlardagi shaxsiy maʼlumotlar migratsiya nazorati organlariga yetib borishi yoki bormasligi aytilmagan}}. `shares-with-immigration-enforcement: no` ni belgilang: agar bu hibsga olinish yoki chiqarib yuborilishga olib kelishi mumkin boʻlsa, migrantlar yordam soʻrab murojaat qilmaydi ({cite}).",
  },
} satisfies RuleMessages;

/**
 * REF004: personal data gathered to refer people for help never reaches
 * immigration enforcement. `yes` breaks the firewall (error); silence leaves
 * migrants unsure whether asking for help is safe (warning).
 */
export const referralFirewall: Rule = {
  meta: {
    code: "REF004",
    name: "referral-firewall",
    area: "referral",
    severity: "warning",
    severityWhen: "an error when data from referrals is shared with immigration enforcement",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The referral section does not say that personal data stays away from immigration enforcement (an error when it says it is shared).",
    docs: {
      why: `Migrants without regular status stay away from help when asking for it may lead to arrest, detention or deportation. The MICIC Guidelines ask that assistance be given without discrimination and that migrants be able to seek it safely (${cite(guidelines)}). A firewall between the people who refer and help and the authorities who enforce immigration law is what makes that possible, and the plan must state it.`,
      failing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: yes
  }
}`,
      passing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
  }
}`,
      notes: "`yes` is an error, standing on the attribute; a missing attribute is a warning, standing on the `referral` keyword. A plan without a `referral` section gets PLAN004 instead. The fix sets `shares-with-immigration-enforcement: no`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "referral",
      attribute: "shares-with-immigration-enforcement",
      wanted: "no",
      opposite: "yes",
      oppositeSeverity: "error",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("shares-with-immigration-enforcement", "no"),
    });
  },
};
