import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { textPlaceholder } from "../../core/edits";
import { cite, headerSpan, setAttributeFix, stakeholders } from "../plan-model";
import { voice } from "../voice";
import { labelOf } from "./shared";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G12"];

const messages = {
  noContact: {
    en: "Stakeholder {stakeholder} {blank, select, yes {gives a blank contact} other {has no contact}}. Add \"contact\" with a phone number, e-mail or office that answers in a crisis: other stakeholders must be able to reach a focal point to refer migrants to it ({cite}).",
    ru: "У участника {stakeholder} {blank, select, yes {контакт не заполнен} other {не указан контакт}}. Добавьте `contact` с номером телефона, адресом электронной почты или службой, которая отвечает во время кризиса: другие участники должны связаться с контактным лицом, чтобы направлять к нему мигрантов ({cite}).",
    uz: "{stakeholder} ishtirokchisining {blank, select, yes {aloqa maʼlumoti boʻsh} other {aloqa maʼlumoti koʻrsatilmagan}}. Inqiroz paytida javob beradigan telefon raqami, elektron pochta yoki idora bilan `contact` qoʻshing: boshqa ishtirokchilar migrantlarni yoʻnaltirish uchun masʼul shaxs bilan bogʻlana olishi kerak ({cite}).",
  },
  addContact: {
    en: "Add ''contact'', to write the focal point''s phone or e-mail",
    ru: "Добавить `contact`, чтобы вписать телефон или электронную почту контактного лица",
    uz: "Masʼul shaxsning telefoni yoki elektron pochtasini yozish uchun `contact` qoʻshish",
  },
} satisfies RuleMessages;

/**
 * STK001: every stakeholder gives a focal point that answers in a crisis.
 * One finding per stakeholder without one.
 */
export const stakeholderContact: Rule = {
  meta: {
    code: "STK001",
    name: "stakeholder-contact",
    area: "stakeholder",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "A stakeholder without a `contact`: a focal point that answers in a crisis.",
    translations: {
      ru: {
        summary: `У участника нет \`contact\` — контактного лица, которое отвечает во время кризиса.`,
        why: `Перенаправление работает, только если ведомство на другом конце отвечает. Руководящие принципы MICIC требуют чёткого порядка перенаправления между участниками, и он начинается с названного контактного лица у каждого из них: телефона, электронной почты или отдела, которые отвечают во время кризиса (${citeRu(guidelines)}). Участник без контакта — это название на бумаге, по которому никто не сможет позвонить.`,
        notes: `Пустой \`contact\` (\`""\`) считается отсутствующим, и тогда замечание относится к нему; значение не того вида — замечание SCH002. Предложение вставляет (или заполняет) \`contact\` с местом для заполнения («…», позиция табуляции в редакторе); SCH004 сообщает о нём, пока там не будут телефон или электронная почта контактного лица. Это предложение, а не исправление: \`--fix\` его не применяет.`,
      },
      uz: {
        summary: `Ishtirokchida \`contact\` — inqiroz paytida javob beradigan masʼul shaxs yoʻq.`,
        why: `Yoʻnaltirish faqat narigi uchidagi idora javob bergandagina ishlaydi. MICIC qoʻllanmasi ishtirokchilar oʻrtasida aniq yoʻnaltirish tartibini talab qiladi va u har birida nomlangan masʼul shaxsdan boshlanadi: inqiroz paytida javob beradigan telefon, elektron pochta yoki boʻlim (${citeUz(guidelines)}). Kontakti yoʻq ishtirokchi — hech kim qoʻngʻiroq qila olmaydigan qogʻozdagi nom.`,
        notes: `Boʻsh \`contact\` (\`""\`) yoʻq deb hisoblanadi va unda eslatma unga tegishli boʻladi; boshqa turdagi qiymat — SCH002 eslatmasi. Taklif \`contact\` ni toʻldiriladigan joy («…», muharrirdagi tabulyatsiya oʻrni) bilan qoʻshadi (yoki toʻldiradi); unda masʼul shaxsning telefoni yoki elektron pochtasi boʻlmaguncha SCH004 u haqda xabar beradi. Bu tuzatish emas, taklif: \`--fix\` uni qoʻllamaydi.`,
      },
    },
    docs: {
      why: `Referral works only if the agency at the other end picks up. The MICIC Guidelines ask for clear referral procedures among stakeholders, and that starts with a named focal point for each of them: a phone number, an e-mail or an office that answers in a crisis (${cite(guidelines)}). A stakeholder without a contact is a name on paper that nobody can call.`,
      failing: `plan "Conflict plan" {
  stakeholder municipality "Tripoli Central Municipality" {
    kind: local-authority
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder municipality "Tripoli Central Municipality" {
    kind: local-authority
    contact: "+218 21 000 0020"
  }
}`,
      notes: `A \`contact\` that is blank (\`""\`) counts as missing, and the finding then stands on it; a value of the wrong kind is SCH002's finding. The suggestion inserts (or fills in) \`contact\` with a place to fill ("…", a tab stop in the editor); SCH004 reports it until it holds the focal point's phone or e-mail. It is a suggestion, not a fix: \`--fix\` leaves it alone.`,
    },
  },
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    for (const stakeholder of stakeholders(plan)) {
      const contact = attributeOf(stakeholder, "contact");
      const texts = contact?.values.filter((v) => v.kind === "string" || v.kind === "text") ?? [];
      // A value of the wrong kind is SCH002's business; a blank text answers nobody.
      const blank = contact !== undefined && texts.length > 0 && texts.every((v) => v.text.trim() === "");
      if (contact && !blank) continue;
      const fix = setAttributeFix(document, stakeholder, "contact", `"${textPlaceholder()}"`, say.t("addContact"));
      report({
        message: say.t("noContact", { stakeholder: labelOf(stakeholder), blank: blank ? "yes" : "no", cite: say.cite() }),
        span: blank ? contact!.span : headerSpan(stakeholder),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
