import type { Rule } from "../../core/rule";
import { attributeOrHeader, cite, section, words } from "../plan-model";

const guidelines = ["G11", "G13"];

/** EVAC014: someone must pay for fares and transport, or migrants stay. */
export const evacuationCosts: Rule = {
  meta: {
    code: "EVAC014",
    name: "evacuation-costs",
    area: "evacuation",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "The evacuation does not say who pays for it (no `costs-covered-by`).",
    docs: {
      why: `Migrants who cannot pay a fare, or who owe a debt to a recruiter, often stay behind when others leave. An evacuation that charges people, or is silent about who pays, is open in practice only to those with money. The plan should name who covers fares and transport, so that cost never decides who is moved (${cite(guidelines)}).`,
      failing: `plan "Typhoon plan" {
  stakeholder ocd "Office of Civil Defense" { kind: government  contact: "+63 2 0000 0000" }
  evacuation {
    lead: ocd
  }
}`,
      passing: `plan "Typhoon plan" {
  stakeholder ocd "Office of Civil Defense" { kind: government  contact: "+63 2 0000 0000" }
  evacuation {
    lead: ocd
    costs-covered-by: ocd
  }
}`,
      notes: "The finding stands on the `evacuation` keyword, or on a `costs-covered-by` that names nobody. There is no fix: who pays is for the plan's stakeholders to agree.",
    },
  },
  check({ plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    if (words(evacuation, "costs-covered-by").length > 0) return;
    report({
      message: `The evacuation section does not say who pays for fares and transport. Name them in "costs-covered-by" (the government, employers, consulates or an international organisation): fares and debts keep migrants from leaving when others do (${cite(guidelines)}).`,
      span: attributeOrHeader(evacuation, "costs-covered-by"),
    });
  },
};
