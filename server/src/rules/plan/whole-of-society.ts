import type { Rule } from "../../core/rule";
import { cite, listWords, planSpan, stakeholders } from "../plan-model";
import { kindOf } from "./shared";

const guidelines = ["P3", "P4", "G7"];

/** The parts of society a plan draws on, each met by any one of its stakeholder kinds. */
const GROUPS: readonly { kinds: readonly string[]; phrase: string }[] = [
  { kinds: ["government", "local-authority"], phrase: "government ministry or local authority" },
  { kinds: ["civil-society", "faith-based", "diaspora"], phrase: "civil-society, faith-based or diaspora group" },
  { kinds: ["international-organization"], phrase: "international organisation (such as IOM or UNHCR)" },
  { kinds: ["consulate"], phrase: "consulate of a country of origin" },
];

/**
 * STK002: the state leads, but a plan for migrants also needs civil society,
 * international organisations and consulates. One finding per plan, naming
 * every part that is missing.
 */
export const wholeOfSociety: Rule = {
  meta: {
    code: "STK002",
    name: "whole-of-society",
    area: "stakeholder",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "No stakeholder from one of: government or local authority; civil society, faith-based or diaspora groups; international organisations; consulates.",
    docs: {
      why: `States bear the primary responsibility for migrants on their territory, but they cannot reach them alone: community and faith groups are trusted where officials are not, international organisations bring transport and experience, and consulates issue papers and speak for their nationals (${cite(guidelines)}). Agreements between them are best made before a crisis, so a plan should name at least one stakeholder of each kind.`,
      failing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG  contact: "+218 21 000 0010" }
}`,
      passing: `plan "Conflict plan" {
  stakeholder interior "Ministry of Interior" { kind: government  contact: "+218 21 000 0000" }
  stakeholder iom "IOM Libya" { kind: international-organization  contact: "iom@example.org" }
  stakeholder ng_embassy "Embassy of Nigeria" { kind: consulate  country: NG  contact: "+218 21 000 0010" }
  stakeholder ng_union "Nigerian community union" { kind: diaspora  contact: "+218 91 000 0000" }
}`,
      notes: `One finding per plan, at its title, naming every part of society that is missing. Any one kind in a group is enough: a diaspora association counts as civil society. Private-sector stakeholders, employers, recruiters and the media have parts to play but do not stand in for any group. There is no fix: only the drafter knows which organisations to involve.`,
    },
  },
  check({ plan, report }) {
    const kinds = new Set(stakeholders(plan).map((s) => kindOf(s)));
    const missing = GROUPS.filter((g) => !g.kinds.some((k) => kinds.has(k)));
    if (missing.length === 0) return;
    report({
      message: `The plan has ${listWords(missing.map((g) => `no ${g.phrase}`))} among its stakeholders. Add ${missing.length === 1 ? "one" : "one of each"}: the state leads the response, but civil society, international organisations and consulates reach migrants it cannot, and roles are best agreed before a crisis (${cite(guidelines)}).`,
      span: planSpan(plan),
    });
  },
};
