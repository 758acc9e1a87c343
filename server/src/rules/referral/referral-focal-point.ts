import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, headerSpan, section, word } from "../plan-model";
import { hasContact, needPhrase, pathwayLabel, pathwaysOf } from "./shared";

const guidelines = ["G12"];

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
    fixable: false,
    hasSuggestions: false,
    summary: "A referral pathway has no `provider`, or neither the pathway nor its provider has a `contact`.",
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
  check({ plan, resolution, report }) {
    const referral = section(plan, "referral");
    if (!referral) return;
    for (const pathway of pathwaysOf(referral)) {
      const need = word(pathway, "need");
      const forNeed = need ? ` (${needPhrase(need)})` : "";
      const provider = attributeOf(pathway, "provider");
      if (!provider || provider.values.length === 0) {
        report({
          message: `The ${pathwayLabel(pathway)}${forNeed} names no provider. Add "provider:" with the stakeholder that gives this help, and make sure it has a contact: a referral needs a focal point who answers in a crisis (${cite(guidelines)}).`,
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
        message: `The ${pathwayLabel(pathway)}${forNeed} leads to ${name.text}, but neither the pathway nor ${name.text} has a contact. Add "contact:" with a phone number, e-mail or office that answers in a crisis, to the pathway or to the stakeholder: a referral needs a focal point who can be reached (${cite(guidelines)}).`,
        span: provider.span,
        related: [{ message: `${name.text} is declared here, without a contact`, span: headerSpan(declaration.block) }],
      });
    }
  },
};
