import type { Rule } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";

const guidelines = ["G13"];

/** EVAC010: families of mixed nationality must be evacuated together. */
export const evacuationFamilyUnity: Rule = {
  meta: {
    code: "EVAC010",
    name: "evacuation-family-unity",
    area: "evacuation",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation does not say that families stay together (`family-unity` absent or `no`).",
    docs: {
      why: `Evacuations organised by nationality split families: a consulate's bus takes its citizens and leaves a spouse or a child of another nationality behind. Separated families are slow to find each other again, and children alone are at risk. The plan should commit to moving families of mixed nationality together (${cite(guidelines)}).`,
      failing: `plan "Heatwave plan" {
  evacuation {
    family-unity: no
  }
}`,
      passing: `plan "Heatwave plan" {
  evacuation {
    family-unity: yes
  }
}`,
      notes: "A finding on `no` stands on the attribute; one on a missing `family-unity` stands on the `evacuation` keyword. The fix sets `family-unity: yes`.",
    },
  },
  check(context) {
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "family-unity",
      wanted: "yes",
      opposite: "no",
      message: (state) =>
        `The evacuation section ${state === "opposite" ? "says families of mixed nationality are not kept together" : "does not say that families of mixed nationality are kept together"}. Add "family-unity: yes", so that no spouse or child is left behind because their passport is not the same as the rest of the family's (${cite(guidelines)}).`,
    });
  },
};
