import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";

const guidelines = ["G2"];

const messages = {
  sectionWord: {
    en: "The referral section {state, select, opposite {lets personal data move between stakeholders without the person''s consent} other {does not say whether people consent before their personal data moves}}. Set \"consent: required\": a migrant''s name, status and whereabouts must be shared only with their agreement, for their privacy and safety ({cite}).",
    ru: "{state, select, opposite {Раздел перенаправления допускает передачу персональных данных между участниками без согласия человека} other {В разделе перенаправления не сказано, дают ли люди согласие на передачу своих персональных данных}}. Укажите `consent: required`: имя, статус и местонахождение мигранта можно сообщать только с его согласия, ради неприкосновенности его частной жизни и безопасности ({cite}).",
    uz: "{state, select, opposite {Yoʻnaltirish boʻlimi shaxsiy maʼlumotlarni ishtirokchilar oʻrtasida insonning roziligisiz berishga yoʻl qoʻyadi} other {Yoʻnaltirish boʻlimida odamlar shaxsiy maʼlumotlari berilishidan oldin rozilik berishi aytilmagan}}. `consent: required` ni belgilang: migrantning ismi, maqomi va qayerdaligi faqat uning roziligi bilan, uning shaxsiy hayoti daxlsizligi va xavfsizligi uchun berilishi mumkin ({cite}).",
  },
} satisfies RuleMessages;

/**
 * REF005: personal data moves between stakeholders only with the person's
 * consent. `not-required` says it moves without (error); silence leaves it
 * open (warning).
 */
export const referralConsent: Rule = {
  meta: {
    code: "REF005",
    name: "referral-consent",
    area: "referral",
    severity: "warning",
    severityWhen: "an error when data moves without consent",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "The referral section does not require consent before personal data moves (an error when it says `not-required`).",
    docs: {
      why: `Referral means passing a person's details from one stakeholder to another. The MICIC Guidelines ask that information on migrants be collected and shared only with due regard for their privacy and safety (${cite(guidelines)}): a name, a status or an address in the wrong hands can put a migrant or their family at risk. People must agree before their data moves, and the plan must say so.`,
      failing: `plan "Flood plan" {
  referral {
    consent: not-required
    shares-with-immigration-enforcement: no
  }
}`,
      passing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
  }
}`,
      notes: "`not-required` is an error, standing on the attribute; a missing `consent` is a warning, standing on the `referral` keyword. A plan without a `referral` section gets PLAN004 instead. The fix sets `consent: required`.",
    },
  },
  check(context) {
    const say = voice(messages, guidelines, context);
    checkSectionWord(context, {
      section: "referral",
      attribute: "consent",
      wanted: "required",
      opposite: "not-required",
      oppositeSeverity: "error",
      message: (state) => say.t("sectionWord", { state, cite: say.cite() }),
      fixTitle: say.commitTo("consent", "required"),
    });
  },
};
