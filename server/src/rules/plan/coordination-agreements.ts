import { attributeOf } from "../../core/ast";
import { referencedDeclarations } from "../../core/resolve";
import type { Rule } from "../../core/rule";
import { addValuesFix, cite, listWords, planSpan, section, word } from "../plan-model";
import { consulatesAndInternationalOrganizations, insertSectionFix, kindOf } from "./shared";

const guidelines = ["G7"];

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
  check({ document, plan, resolution, report }) {
    const partners = consulatesAndInternationalOrganizations(plan).map((s) => s.id!.text);
    // Who to add, by name; or, when the plan declares none, what to do first.
    const whichOnes = partners.length > 0 ? ` (${listWords(partners)})` : " (declare them as stakeholders first)";

    const coordination = section(plan, "coordination");
    if (!coordination) {
      const lead = word(plan, "lead");
      const leadMember = lead && resolution.declarations.get(lead)?.kind === "stakeholder" && !partners.includes(lead) ? [lead] : [];
      const fix =
        partners.length > 0
          ? insertSectionFix(document, plan, "coordination", [`members: ${[...leadMember, ...partners].join(", ")}`], "Add a coordination section with the consulates and international organisations")
          : undefined;
      report({
        message: `The plan has no coordination section. Add "coordination { … }" with the mechanism, when it meets and its members, including the consulates and international organisations${whichOnes}: who does what with migrants' countries of origin and international partners is best agreed before a crisis (${cite(guidelines)}).`,
        span: planSpan(plan),
        fixes: fix ? [fix] : [],
      });
      return;
    }

    const members = attributeOf(coordination, "members");
    const memberKinds = new Set(referencedDeclarations(resolution, members, "stakeholder").map((d) => kindOf(d.block)));
    if (memberKinds.has("consulate") || memberKinds.has("international-organization")) return;
    const fix = partners.length > 0 ? addValuesFix(document, coordination, "members", partners) : undefined;
    report({
      message: `The coordination ${members ? "members include" : "section names"} no consulate and no international organisation. Add the consulates and international organisations to "members"${whichOnes}: migrants' countries of origin and international partners must be part of the arrangements agreed before a crisis (${cite(guidelines)}).`,
      span: members?.span ?? coordination.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
