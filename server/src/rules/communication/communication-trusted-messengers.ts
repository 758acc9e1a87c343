import { attributeOf } from "../../core/ast";
import type { Rule, RuleMessages } from "../../core/rule";
import { referencedDeclarations } from "../../core/resolve";
import { cite, stakeholders, word } from "../plan-model";
import { communicationSection } from "./shared";
import { voice } from "../voice";
import { citeRu, citeUz } from "../rule-text";

const guidelines = ["G5", "G6"];

const messages = {
  noTrusted: {
    en: "{problem, select, notTrusted {None of the trusted messengers ({messengers}) is a diaspora group, civil-society or faith-based organisation or consulate} undeclared {\"trusted-messengers\" names no declared stakeholder} other {The communication section names no \"trusted-messengers\"}}. {advice, select, some {Add community voices migrants trust, such as {candidates}} other {Declare a diaspora group, civil-society or faith-based organisation or consulate that migrants trust, and add it}} to \"trusted-messengers\": migrants believe and pass on warnings from their own community and their consulate ({cite}).",
    ru: "{problem, select, notTrusted {Ни один из доверенных посредников ({messengers}) не является объединением диаспоры, организацией гражданского общества, религиозной организацией или консульством} undeclared {В `trusted-messengers` не указан ни один объявленный участник} other {В разделе информирования не указаны `trusted-messengers`}}. {advice, select, some {Добавьте в `trusted-messengers` тех, кому доверяют мигранты, например {candidates}} other {Объявите объединение диаспоры, организацию гражданского общества, религиозную организацию или консульство, которым доверяют мигранты, и добавьте его в `trusted-messengers`}}: мигранты верят предупреждениям своей общины и своего консульства и передают их дальше ({cite}).",
    uz: "{problem, select, notTrusted {Ishonchli vositachilarning ({messengers}) birortasi ham diaspora birlashmasi, fuqarolik jamiyati tashkiloti, diniy tashkilot yoki konsullik emas} undeclared {`trusted-messengers` da birorta ham eʼlon qilingan ishtirokchi koʻrsatilmagan} other {Axborot berish boʻlimida `trusted-messengers` koʻrsatilmagan}}. {advice, select, some {Migrantlar ishonadiganlarni `trusted-messengers` ga qoʻshing, masalan {candidates}} other {Migrantlar ishonadigan diaspora birlashmasi, fuqarolik jamiyati tashkiloti, diniy tashkilot yoki konsullikni eʼlon qiling va uni `trusted-messengers` ga qoʻshing}}: migrantlar oʻz jamoasi va konsulligidan kelgan ogohlantirishlarga ishonadi va ularni boshqalarga yetkazadi ({cite}).",
  },
} satisfies RuleMessages;

/** Stakeholder kinds migrants tend to trust: their own community and country. */
export const TRUSTED_KINDS: readonly string[] = ["diaspora", "civil-society", "faith-based", "consulate"];

/**
 * COMM005: some trusted messenger is a community voice (diaspora,
 * civil-society, faith-based or consulate). One finding per communication
 * section: on `trusted-messengers` when it names only others, on the section
 * keyword when it is absent.
 */
export const communicationTrustedMessengers: Rule = {
  meta: {
    code: "COMM005",
    name: "communication-trusted-messengers",
    area: "communication",
    severity: "warning",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: "No `trusted-messengers` of kind `diaspora`, `civil-society`, `faith-based` or `consulate`.",
    translations: {
      ru: {
        summary: `Нет \`trusted-messengers\` вида \`diaspora\`, \`civil-society\`, \`faith-based\` или \`consulate\`.`,
        why: `Мигранты часто не доверяют официальным предупреждениям или вовсе их не слышат, но прислушиваются к лидерам своих общин, объединениям, церквям и мечетям, к своим консульствам. Когда эти голоса передают сообщения, информация доходит до людей и им верят. Руководящие принципы MICIC требуют от государств работать с общинами мигрантов и с теми, кому они доверяют, при планировании и информировании (${citeRu(guidelines)}).`,
        notes: `Посредник учитывается, если он называет объявленного участника, у которого \`kind\` — \`diaspora\`, \`civil-society\`, \`faith-based\` или \`consulate\`; участники других видов могут оставаться в списке. Имена, которые не являются объявленными участниками, — замечания NAM002 и NAM003, здесь они не учитываются.

Одно замечание на раздел \`communication\`: на \`trusted-messengers\`, если в нём только участники других видов, на ключевом слове раздела, если его нет. В сообщении предлагаются уже объявленные в плане участники нужных видов. Если в плане нет раздела \`communication\`, ничего не сообщается (об этом сообщает PLAN004). Исправления нет: кому доверяют мигранты, составитель плана должен выяснить вместе с ними.`,
      },
      uz: {
        summary: `\`diaspora\`, \`civil-society\`, \`faith-based\` yoki \`consulate\` turidagi \`trusted-messengers\` yoʻq.`,
        why: `Migrantlar koʻpincha rasmiy ogohlantirishlarga ishonmaydi yoki ularni umuman eshitmaydi, lekin oʻz jamoalari yetakchilari, birlashmalari, cherkov va masjidlari, konsulliklariga quloq soladi. Xabarlarni shu ovozlar yetkazganda axborot odamlarga yetib boradi va unga ishonishadi. MICIC qoʻllanmasi davlatlardan rejalashtirish va axborot berishda migrantlar jamoalari va ular ishonadiganlar bilan ishlashni talab qiladi (${citeUz(guidelines)}).`,
        notes: `Agar vositachi \`kind\` i \`diaspora\`, \`civil-society\`, \`faith-based\` yoki \`consulate\` boʻlgan eʼlon qilingan ishtirokchini koʻrsatsa, u hisobga olinadi; boshqa turdagi ishtirokchilar roʻyxatda qolishi mumkin. Eʼlon qilingan ishtirokchi boʻlmagan nomlar — NAM002 va NAM003 eslatmalari, bu yerda ular hisobga olinmaydi.

Har bir \`communication\` boʻlimiga bitta eslatma: agar \`trusted-messengers\` da faqat boshqa turdagilar boʻlsa, unda, u yoʻq boʻlsa, boʻlim kalit soʻzida. Xabarda rejada allaqachon eʼlon qilingan kerakli turdagi ishtirokchilar taklif qilinadi. Rejada \`communication\` boʻlimi boʻlmasa, hech narsa xabar qilinmaydi (bu haqda PLAN004 xabar beradi). Tuzatish yoʻq: migrantlar kimga ishonishini reja tuzuvchisi ular bilan birga aniqlashi kerak.`,
      },
    },
    docs: {
      why: `Migrants often doubt official warnings, or never hear them, but they listen to their own community leaders, associations, churches and mosques, and their consulates. Involving these voices in relaying messages is how information reaches people and is believed. The MICIC Guidelines ask states to work with migrant communities and those they trust when planning and communicating (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "+998 71 000 0000" }
  stakeholder kg_community "Kyrgyz community association" { kind: diaspora  contact: "+998 90 000 0004" }
  communication {
    trusted-messengers: mes
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" { kind: government  contact: "+998 71 000 0000" }
  stakeholder kg_community "Kyrgyz community association" { kind: diaspora  contact: "+998 90 000 0004" }
  communication {
    trusted-messengers: mes, kg_community
  }
}`,
      notes: [
        "A messenger counts when it names a declared stakeholder whose `kind` is `diaspora`, `civil-society`, `faith-based` or `consulate`; other kinds may stay in the list. Names that are not declared stakeholders are NAM002's and NAM003's findings and count for nothing here.",
        "",
        "One finding per `communication` section: on `trusted-messengers` when it lists only other kinds, on the section keyword when it is absent. The message suggests stakeholders of the right kinds the plan already declares. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: whom migrants trust is for the drafter to find out, with them.",
      ].join("\n"),
    },
  },
  check(context) {
    const { plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const attribute = attributeOf(communication, "trusted-messengers");
    const messengers = referencedDeclarations(resolution, attribute, "stakeholder");
    if (messengers.some((m) => TRUSTED_KINDS.includes(word(m.block, "kind") ?? ""))) return;

    const listed = new Set(messengers.map((m) => m.name));
    const candidates = stakeholders(plan)
      .filter((s) => TRUSTED_KINDS.includes(word(s, "kind") ?? "") && !listed.has(s.id!.text))
      .map((s) => `${s.id!.text} (${say.word(word(s, "kind") ?? "")})`);
    report({
      message: say.t("noTrusted", {
        problem: messengers.length > 0 ? "notTrusted" : attribute ? "undeclared" : "none",
        messengers: say.list(messengers.map((m) => m.name)),
        advice: candidates.length > 0 ? "some" : "none",
        candidates: say.list(candidates.slice(0, 3), { type: "disjunction" }),
        cite: say.cite(),
      }),
      span: attribute?.span ?? communication.kind.span,
    });
  },
};
