import type { Rule } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";

const guidelines = ["G13", "G11"];

/**
 * EVAC005: people who would be at risk in their country of origin must be
 * screened and referred to asylum, never sent back. `no` refuses what the
 * guidelines require (error); silence is a gap (warning).
 */
export const evacuationNonRefoulement: Rule = {
  meta: {
    code: "EVAC005",
    name: "evacuation-non-refoulement",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation does not screen people at risk in their country of origin (an error when `non-refoulement-screening` says `no`).",
    docs: {
      why: `Evacuation often means taking people home, and for some home is where they would be persecuted. Refugees, asylum-seekers and others who fled their country must never be returned there by a rescue. The plan must say that people are screened for such a risk and referred to asylum procedures instead (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  evacuation {
    non-refoulement-screening: no
  }
}`,
      passing: `plan "Flood plan" {
  evacuation {
    non-refoulement-screening: yes
  }
}`,
      notes: "`no` is an error, standing on the attribute; a missing `non-refoulement-screening` is a warning on the `evacuation` keyword. The fix sets `non-refoulement-screening: yes`.",
    },
  },
  check(context) {
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "non-refoulement-screening",
      wanted: "yes",
      opposite: "no",
      oppositeSeverity: "error",
      message: (state) =>
        `The evacuation section ${state === "opposite" ? "says people are not screened for a risk of persecution in their country of origin" : "does not say that people are screened for a risk of persecution in their country of origin"}. Add "non-refoulement-screening: yes": anyone who would be at risk if sent home must be identified and referred to asylum procedures, never returned (${cite(guidelines)}).`,
    });
  },
};
