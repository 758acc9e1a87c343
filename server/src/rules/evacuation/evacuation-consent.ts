import type { Rule } from "../../core/rule";
import { checkSectionWord, cite } from "../plan-model";

const guidelines = ["G13"];

/**
 * EVAC004: evacuation must be voluntary and informed. `not-sought`, or no
 * word on consent at all, fails.
 */
export const evacuationConsent: Rule = {
  meta: {
    code: "EVAC004",
    name: "evacuation-consent",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation does not say it seeks people's informed consent (`consent` absent or `not-sought`).",
    docs: {
      why: `Moving people is protection only when they choose it knowing what it means: where they will go, whether they can come back, what happens to their job, their papers and their family. Migrants moved without consent may lose their livelihood or be taken somewhere unsafe for them. The plan must say that evacuation is voluntary and that people are informed before they decide (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  evacuation {
    consent: not-sought
  }
}`,
      passing: `plan "Conflict plan" {
  evacuation {
    consent: informed
  }
}`,
      notes: "A finding on `not-sought` (or on a value the schema does not know) stands on the attribute; one on a missing `consent` stands on the `evacuation` keyword. The fix sets `consent: informed`.",
    },
  },
  check(context) {
    checkSectionWord(context, {
      section: "evacuation",
      attribute: "consent",
      wanted: "informed",
      opposite: "not-sought",
      message: (state) =>
        `The evacuation section ${state === "opposite" ? "says people's consent is not sought before they are moved" : "does not say that people consent to being moved"}. Add "consent: informed": evacuation must be voluntary, and people must know where they are taken and what it means for their work, papers and family before they decide (${cite(guidelines)}).`,
    });
  },
};
