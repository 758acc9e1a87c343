import { attributeOf } from "../../core/ast";
import { referencedDeclarations } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, cite, planSpan, section, word } from "../plan-model";
import { consulatesAndInternationalOrganizations, insertSectionFix, kindOf } from "./shared";
import { voice } from "../voice";

const guidelines = ["G7"];

const messages = {
  noSection: {
    en: "The plan has no coordination section. Add \"coordination '{' … '}'\" with the mechanism, when it meets and its members, including the consulates and international organisations{which}: who does what with migrants'' countries of origin and international partners is best agreed before a crisis ({cite}).",
    ru: "В плане нет раздела координации. Добавьте `coordination '{' … '}'` с механизмом координации, графиком его встреч и членами, включая консульства и международные организации{which}: кто что делает вместе со странами происхождения мигрантов и международными партнёрами, лучше согласовать до кризиса ({cite}).",
    uz: "Rejada muvofiqlashtirish boʻlimi yoʻq. Muvofiqlashtirish mexanizmi, uning yigʻilish vaqti va aʼzolari, jumladan konsulliklar va xalqaro tashkilotlar{which} bilan `coordination '{' … '}'` ni qoʻshing: migrantlarning kelib chiqish mamlakatlari va xalqaro hamkorlar bilan kim nima qilishini inqirozdan oldin kelishib olgan maʼqul ({cite}).",
  },
  noPartners: {
    en: "The coordination {members, select, yes {members include} other {section names}} no consulate and no international organisation. Add the consulates and international organisations to \"members\"{which}: migrants'' countries of origin and international partners must be part of the arrangements agreed before a crisis ({cite}).",
    ru: "{members, select, yes {Среди членов координации} other {В разделе координации}} нет ни консульства, ни международной организации. Добавьте консульства и международные организации в `members`{which}: страны происхождения мигрантов и международные партнёры должны участвовать в договорённостях, принятых до кризиса ({cite}).",
    uz: "{members, select, yes {Muvofiqlashtirish aʼzolari orasida} other {Muvofiqlashtirish boʻlimida}} na konsullik, na xalqaro tashkilot bor. Konsulliklar va xalqaro tashkilotlarni `members` ga qoʻshing{which}: migrantlarning kelib chiqish mamlakatlari va xalqaro hamkorlar inqirozdan oldin kelishilgan tartiblarda ishtirok etishi kerak ({cite}).",
  },
  which: {
    en: "{known, select, yes { ({partners})} other { (declare them as stakeholders first)}}",
    ru: "{known, select, yes { ({partners})} other { (сначала объявите их участниками)}}",
    uz: "{known, select, yes { ({partners})} other { (avval ularni ishtirokchi sifatida eʼlon qiling)}}",
  },
  addSection: {
    en: "Add a coordination section with the consulates and international organisations",
    ru: "Добавить раздел координации с консульствами и международными организациями",
    uz: "Konsulliklar va xalqaro tashkilotlar bilan muvofiqlashtirish boʻlimini qoʻshish",
  },
} satisfies RuleMessages;

/**
 * CORD001: coordination with consulates and international organisations is
 * agreed before a crisis. One finding per plan: either the section is
 * missing, or its members include neither.
 */
export const coordinationAgreements: Rule = {
  meta: {
    code: "CORD001",
    name: "coordination-agreements",
    area: "coordination",
    severity: "info",
    guidelines,
    messages,
    fixable: false,
    hasSuggestions: true,
    summary: "No `coordination` section, or its `members` include no consulate or international organisation.",
    docs: {
      why: `In a crisis there is no time to work out who does what. The MICIC Guidelines ask states to agree in advance how they will coordinate with the migrants' countries of origin, international organisations and civil society (${cite(guidelines)}). A plan should record that mechanism, and its members should include at least one consulate or international organisation, the partners a national system is least used to working with.`,
      failing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  coordination {
    mechanism: "Ministry of Interior crisis cell"
    members: interior
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  coordination {
    mechanism: "Ministry of Interior crisis cell"
    members: interior, iom
  }
}`,
      notes: `One consulate or one international organisation among the members is enough. When the section is missing the finding stands on the plan's title; when the members fall short it stands on \`members\` (or on the \`coordination\` keyword when there is no \`members\`). The fix adds every consulate and international organisation the plan declares to \`members\`, or inserts a \`coordination\` section listing them, with the plan's lead first. When the plan declares none, there is nothing to add and no fix is offered: declare them first (STK002 and STK003 say which). The fix is offered in the editor only, because membership is an agreement the drafter must confirm.`,
    },
  },
  check(context) {
    const { document, plan, resolution, report } = context;
    const say = voice(messages, guidelines, context);
    const partners = consulatesAndInternationalOrganizations(plan).map((s) => s.id!.text);
    // Who to add, by name; or, when the plan declares none, what to do first.
    const whichOnes = say.t("which", { known: partners.length > 0 ? "yes" : "no", partners: say.list(partners) });

    const coordination = section(plan, "coordination");
    if (!coordination) {
      const lead = word(plan, "lead");
      const leadMember = lead && resolution.declarations.get(lead)?.kind === "stakeholder" && !partners.includes(lead) ? [lead] : [];
      const fix =
        partners.length > 0
          ? insertSectionFix(document, plan, "coordination", [`members: ${[...leadMember, ...partners].join(", ")}`], say.t("addSection"))
          : undefined;
      report({
        message: say.t("noSection", { which: whichOnes, cite: say.cite() }),
        span: planSpan(plan),
        fixes: fix ? [fix] : [],
      });
      return;
    }

    const members = attributeOf(coordination, "members");
    const memberKinds = new Set(referencedDeclarations(resolution, members, "stakeholder").map((d) => kindOf(d.block)));
    if (memberKinds.has("consulate") || memberKinds.has("international-organization")) return;
    const fix = partners.length > 0 ? addValuesFix(document, coordination, "members", partners, say.addValues("members", partners)) : undefined;
    report({
      message: say.t("noPartners", { members: members ? "yes" : "no", which: whichOnes, cite: say.cite() }),
      span: members?.span ?? coordination.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
