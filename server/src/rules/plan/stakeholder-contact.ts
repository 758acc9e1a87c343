import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { textPlaceholder } from "../../core/edits";
import { cite, headerSpan, setAttributeFix, stakeholders } from "../plan-model";
import { labelOf } from "./shared";

const guidelines = ["G12"];

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
    fixable: false,
    hasSuggestions: true,
    summary: "A stakeholder without a `contact`: a focal point that answers in a crisis.",
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
  check({ document, plan, report }) {
    for (const stakeholder of stakeholders(plan)) {
      const contact = attributeOf(stakeholder, "contact");
      const texts = contact?.values.filter((v) => v.kind === "string" || v.kind === "text") ?? [];
      // A value of the wrong kind is SCH002's business; a blank text answers nobody.
      const blank = contact !== undefined && texts.length > 0 && texts.every((v) => v.text.trim() === "");
      if (contact && !blank) continue;
      const fix = setAttributeFix(document, stakeholder, "contact", `"${textPlaceholder()}"`, "Add 'contact', to write the focal point's phone or e-mail");
      report({
        message: `Stakeholder ${labelOf(stakeholder)} ${blank ? "gives a blank contact" : "has no contact"}. Add "contact" with a phone number, e-mail or office that answers in a crisis: other stakeholders must be able to reach a focal point to refer migrants to it (${cite(guidelines)}).`,
        span: blank ? contact!.span : headerSpan(stakeholder),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
