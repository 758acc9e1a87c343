import type { Rule } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";

const guidelines = ["P1", "G11", "G13"];

/**
 * EVAC001: evacuation must be open to every migrant whatever their status.
 * `no` restates a principle broken (error); silence is a gap (warning).
 */
export const evacuationRegardlessOfStatus: Rule = {
  meta: {
    code: "EVAC001",
    name: "evacuation-regardless-of-status",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "Evacuation is not stated to be open to every migrant whatever their status (an error when it says `no`).",
    docs: {
      why: `The first principle of the MICIC Guidelines is to save lives: no one is left behind in a flood or a war because of their papers. Migrants without regular status are often the last to leave, fearing that coming forward means detention or deportation. A plan must say plainly that evacuation is open to all, so that responders act on it and migrants can be told so (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    regardless-of-status: no
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    regardless-of-status: yes
  }
}`,
      notes: "Only a plan with an `evacuation` section is checked; a plan without one gets PLAN004. The fix sets `regardless-of-status: yes`.",
    },
  },
  check(context) {
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "regardless-of-status",
      wanted: "yes",
      opposite: "no",
      oppositeSeverity: "error",
      message: (state) =>
        `The evacuation section ${state === "opposite" ? "says evacuation is not open to migrants without status" : "does not say that evacuation is open to every migrant"}. Add "regardless-of-status: yes": the plan must move every migrant to safety whatever their status (${cite(guidelines)}).`,
    });
  },
};
