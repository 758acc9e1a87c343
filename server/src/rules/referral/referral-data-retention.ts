import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, section } from "../plan-model";

const guidelines = ["G2"];

/** REF008: the plan says how long personal data from referrals is kept. */
export const referralDataRetention: Rule = {
  meta: {
    code: "REF008",
    name: "referral-data-retention",
    area: "referral",
    severity: "info",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "The referral section does not say how long personal data is kept (`data-retention`).",
    docs: {
      why: `Data gathered to help people in a crisis should not outlive the crisis. The MICIC Guidelines ask that information on migrants be handled with regard for their privacy and safety (${cite(guidelines)}); a list of names, statuses and addresses kept for ever can be misused long after the emergency. The plan should say how long referral data is kept, so that it is deleted when it is no longer needed.`,
      failing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
  }
}`,
      passing: `plan "Flood plan" {
  referral {
    consent: required
    shares-with-immigration-enforcement: no
    data-retention: 90d
  }
}`,
      notes: "A duration (`90d`) or a text (`\"until the case is closed, at most a year\"`) both count. There is no fix: only the drafter can say how long data is needed. A plan without a `referral` section gets PLAN004 instead.",
    },
  },
  check({ plan, report }) {
    const referral = section(plan, "referral");
    if (!referral) return;
    // Any value counts: a wrongly typed one is SCH002's business.
    if ((attributeOf(referral, "data-retention")?.values.length ?? 0) > 0) return;
    report({
      message: `The referral section does not say how long personal data is kept. Add "data-retention:" with a duration (for example "data-retention: 90d") or a text: data gathered in a crisis must not be kept longer than needed, for migrants' privacy and safety (${cite(guidelines)}).`,
      span: referral.kind.span,
    });
  },
};
