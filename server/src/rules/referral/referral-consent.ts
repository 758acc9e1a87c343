import type { Rule, RuleMessages } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

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
    translations: {
      ru: {
        summary: `В разделе перенаправления не требуется согласие перед передачей персональных данных (ошибка, если указано \`not-required\`).`,
        why: `Перенаправление означает передачу сведений о человеке от одного участника другому. Руководящие принципы MICIC требуют собирать и передавать информацию о мигрантах только с должным уважением к их частной жизни и безопасности (${citeRu(guidelines)}): имя, статус или адрес в чужих руках могут подвергнуть опасности мигранта или его семью. Люди должны дать согласие до того, как их данные будут переданы, и план должен это сказать.`,
        notes: `\`not-required\` — ошибка, она относится к атрибуту; отсутствие \`consent\` — предупреждение, оно относится к ключевому слову \`referral\`. План без раздела \`referral\` получает вместо этого замечание PLAN004. Исправление задаёт \`consent: required\`.`,
        severityWhen: `ошибка, если данные передаются без согласия`,
      },
      uz: {
        summary: `Yoʻnaltirish boʻlimida shaxsiy maʼlumotlarni berishdan oldin rozilik talab qilinmaydi (\`not-required\` koʻrsatilsa, xato).`,
        why: `Yoʻnaltirish inson haqidagi maʼlumotlarni bir ishtirokchidan boshqasiga berishni anglatadi. MICIC qoʻllanmasi migrantlar haqidagi axborotni faqat ularning shaxsiy hayoti va xavfsizligiga tegishli hurmat bilan toʻplash va berishni talab qiladi (${citeUz(guidelines)}): begona qoʻldagi ism, maqom yoki manzil migrantni yoki uning oilasini xavf ostiga qoʻyishi mumkin. Odamlar maʼlumotlari berilishidan oldin rozilik bildirishi kerak va reja buni aytishi kerak.`,
        notes: `\`not-required\` — xato, u atributga tegishli; \`consent\` yoʻqligi — ogohlantirish, u \`referral\` kalit soʻziga tegishli. \`referral\` boʻlimi yoʻq reja buning oʻrniga PLAN004 eslatmasini oladi. Tuzatish \`consent: required\` ni belgilaydi.`,
        severityWhen: `maʼlumotlar roziliksiz berilsa, xato`,
      },
    },
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
