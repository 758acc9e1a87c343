import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { cite, headerSpan, section, word } from "../plan-model";
import { hasContact, pathwayLabel, pathwaysOf } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G12"];

const messages = {
  noProvider: {
    en: "The {pathway}{hasNeed, select, yes { ({need})} other {}} names no provider. Add \"provider:\" with the stakeholder that gives this help, and make sure it has a contact: a referral needs a focal point who answers in a crisis ({cite}).",
    ru: "Для механизма перенаправления {pathway}{hasNeed, select, yes { («{need}»)} other {}} не указан поставщик услуг. Добавьте `provider:` с участником, который оказывает эту помощь, и убедитесь, что у него есть контакт: для перенаправления нужно контактное лицо, которое отвечает во время кризиса ({cite}).",
    uz: "{pathway}{hasNeed, select, yes { («{need}»)} other {}} yoʻnaltirish mexanizmida xizmat koʻrsatuvchi koʻrsatilmagan. Bu yordamni koʻrsatadigan ishtirokchi bilan `provider:` ni qoʻshing va uning aloqa maʼlumoti borligiga ishonch hosil qiling: yoʻnaltirish uchun inqiroz paytida javob beradigan masʼul shaxs kerak ({cite}).",
  },
  noContact: {
    en: "The {pathway}{hasNeed, select, yes { ({need})} other {}} leads to {provider}, but neither the pathway nor {provider} has a contact. Add \"contact:\" with a phone number, e-mail or office that answers in a crisis, to the pathway or to the stakeholder: a referral needs a focal point who can be reached ({cite}).",
    ru: "Механизм перенаправления {pathway}{hasNeed, select, yes { («{need}»)} other {}} ведёт к участнику {provider}, но контакта нет ни у механизма, ни у {provider}. Добавьте `contact:` с номером телефона, адресом электронной почты или службой, которая отвечает во время кризиса, в механизм перенаправления или в описание участника: для перенаправления нужно контактное лицо, с которым можно связаться ({cite}).",
    uz: "{pathway}{hasNeed, select, yes { («{need}»)} other {}} yoʻnaltirish mexanizmi {provider} ishtirokchisiga olib boradi, ammo na mexanizmda, na {provider} da aloqa maʼlumoti bor. Inqiroz paytida javob beradigan telefon raqami, elektron pochta yoki idora bilan `contact:` ni mexanizmga yoki ishtirokchiga qoʻshing: yoʻnaltirish uchun bogʻlanish mumkin boʻlgan masʼul shaxs kerak ({cite}).",
  },
  declaredHere: {
    en: "{provider} is declared here, without a contact",
    ru: "участник {provider} объявлен здесь, без контакта",
    uz: "{provider} ishtirokchisi shu yerda aloqa maʼlumotisiz eʼlon qilingan",
  },
} satisfies RuleMessages;

/**
 * REF002: every pathway leads to someone who answers: a provider, and a
 * contact on the pathway or on the provider. One finding per pathway.
 */
export const referralFocalPoint: Rule = {
  meta: {
    code: "REF002",
    name: "referral-focal-point",
    area: "referral",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "A referral pathway has no `provider`, or neither the pathway nor its provider has a `contact`.",
    translations: {
      ru: {
        summary: `У механизма перенаправления нет \`provider\`, или ни у механизма, ни у поставщика услуг нет \`contact\`.`,
        why: `Механизм перенаправления хорош лишь настолько, насколько надёжен человек на другом его конце. Руководящие принципы MICIC требуют чёткого порядка перенаправления между участниками и контактных лиц, с которыми можно связаться, когда наступает кризис (${citeRu(guidelines)}). Механизм должен называть участника, который оказывает помощь, и указывать телефон, электронную почту или отдел, где ответят, — в самом механизме или у поставщика услуг.`,
        notes: `Собственного \`contact\` механизма достаточно, даже если у поставщика его нет (STK001 всё равно попросит участника его указать). Поставщик, который не называет объявленного участника, — забота NAM002 и NAM003. Исправления нет: только составитель плана знает, кто оказывает помощь и как с ним связаться.`,
      },
      uz: {
        summary: `Yoʻnaltirish mexanizmida \`provider\` yoʻq yoki na mexanizmda, na xizmat koʻrsatuvchida \`contact\` bor.`,
        why: `Yoʻnaltirish mexanizmi uning narigi uchidagi odam qanchalik ishonchli boʻlsa, shunchalik yaxshi. MICIC qoʻllanmasi ishtirokchilar oʻrtasida aniq yoʻnaltirish tartibini va inqiroz boshlanganda bogʻlanish mumkin boʻlgan masʼul shaxslarni talab qiladi (${citeUz(guidelines)}). Mexanizm yordam koʻrsatadigan ishtirokchini nomlashi va javob beradigan telefon, elektron pochta yoki boʻlimni — mexanizmning oʻzida yoki xizmat koʻrsatuvchida — koʻrsatishi kerak.`,
        notes: `Xizmat koʻrsatuvchida boʻlmasa ham, mexanizmning oʻz \`contact\` i yetarli (STK001 baribir ishtirokchidan uni koʻrsatishni soʻraydi). Eʼlon qilingan ishtirokchini koʻrsatmaydigan xizmat koʻrsatuvchi — NAM002 va NAM003 ishi. Tuzatish yoʻq: yordamni kim koʻrsatishini va u bilan qanday bogʻlanishni faqat reja tuzuvchisi biladi.`,
      },
    },
    docs: {
      why: `A referral pathway is only as good as the person at its end. The MICIC Guidelines ask for clear referral procedures among stakeholders, with focal points who can be reached when a crisis strikes (${cite(guidelines)}). A pathway must name the stakeholder that provides the help and give a phone number, e-mail or office that answers, on the pathway itself or on the provider.`,
      failing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society
  }
  referral {
    pathway care "Emergency care" { need: health  provider: red_crescent }
    pathway meals "Hot meals" { need: food }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" { need: health  provider: red_crescent }
    pathway meals "Hot meals" { need: food  provider: red_crescent  contact: "+998 71 000 0040" }
  }
}`,
      notes: "A pathway's own `contact` is enough even when its provider has none (STK001 still asks the stakeholder for one). A provider that names no declared stakeholder is left to NAM002 and NAM003. There is no fix: only the drafter knows who provides the help and how to reach them.",
    },
  },
  check(context) {
    const { plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const referral = section(plan, "referral");
    if (!referral) return;
    for (const pathway of pathwaysOf(referral)) {
      const need = word(pathway, "need");
      const about = {
        pathway: say.locale === "en" ? pathwayLabel(pathway) : (pathway.id?.text ?? (pathway.title ? `«${pathway.title.text}»` : "")),
        hasNeed: need ? "yes" : "no",
        need: need ? say.need(need) : "",
        cite: say.cite(),
      };
      const provider = attributeOf(pathway, "provider");
      if (!provider || provider.values.length === 0) {
        report({
          message: say.t("noProvider", about),
          span: headerSpan(pathway),
        });
        continue;
      }
      if (hasContact(pathway)) continue;
      // A provider given as text, or naming no declared stakeholder, is a
      // language finding (SCH002, NAM002, NAM003): nothing to add here.
      const name = provider.values.find((v) => v.kind === "ident");
      const declaration = name ? resolution.declarations.get(name.text) : undefined;
      if (!name || declaration?.kind !== "stakeholder") continue;
      if (hasContact(declaration.block)) continue;
      report({
        message: say.t("noContact", { ...about, provider: name.text }),
        span: provider.span,
        related: [{ message: say.t("declaredHere", { provider: name.text }), span: headerSpan(declaration.block) }],
      });
    }
  },
};
