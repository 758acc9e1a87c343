import { attributeOf, type Block } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { VULNERABILITIES } from "../../core/schema";
import { addValuesFix, cite, listWords, populations, section, words } from "../plan-model";

const guidelines = ["G12"];

/**
 * REF007: screening before referral looks for every vulnerability the
 * populations declare. One finding naming all that are left out.
 */
export const referralScreening: Rule = {
  meta: {
    code: "REF007",
    name: "referral-screening",
    area: "referral",
    severity: "warning",
    guidelines,
    fixable: true,
    summary: "Populations declare vulnerabilities that the referral section's `screening` does not list (one finding naming them all).",
    docs: {
      why: `A referral can only meet a need that someone has noticed. The MICIC Guidelines ask for clear referral procedures that identify people with specific needs and take them to the right help (${cite(guidelines)}). When the plan knows that a population includes children, trafficking victims or asylum-seekers, screening before referral must look for them; otherwise they pass through as if they had no particular need.`,
      failing: `plan "Conflict plan" {
  population detainees "Migrants in detention" {
    size: 2800  nationalities: NG  languages: en
    vulnerabilities: detained, trafficking-victims, asylum-seekers
  }
  referral {
    screening: detained
  }
}`,
      passing: `plan "Conflict plan" {
  population detainees "Migrants in detention" {
    size: 2800  nationalities: NG  languages: en
    vulnerabilities: detained, trafficking-victims, asylum-seekers
  }
  referral {
    screening: detained, trafficking-victims, asylum-seekers
  }
}`,
      notes: "The finding stands on `screening`, or on the `referral` keyword when `screening` is missing, and names each vulnerability left out with the populations that declare it. The fix adds them to `screening` (or inserts `screening` with them). A plan without a `referral` section gets PLAN004 instead.",
    },
  },
  check({ document, plan, report }) {
    const referral = section(plan, "referral");
    if (!referral) return;
    const screened = new Set(words(referral, "screening"));
    // Which populations declare each vulnerability the screening leaves out.
    const unscreened = new Map<string, Block[]>();
    for (const population of populations(plan)) {
      for (const vulnerability of new Set(words(population, "vulnerabilities"))) {
        if (screened.has(vulnerability)) continue;
        // Appended in place: copying the list for each population made this
        // rule quadratic in the number of populations.
        let declaring = unscreened.get(vulnerability);
        if (!declaring) unscreened.set(vulnerability, (declaring = []));
        declaring.push(population);
      }
    }
    // In the schema's order, and only words the schema knows: an unknown
    // word is SCH002's business and must not be copied into `screening`.
    const missing = VULNERABILITIES.filter((v) => unscreened.has(v));
    if (missing.length === 0) return;
    const named = missing.map((v) => `${v} (${listWords(unscreened.get(v)!.map((p) => p.id!.text))})`);
    const fix = addValuesFix(document, referral, "screening", missing);
    report({
      message: `Referral screening does not look for ${listWords(named)}, which the populations declare. Add ${missing.length === 1 ? "it" : "them"} to "screening": people with specific needs must be identified before they can be referred to the help they need (${cite(guidelines)}).`,
      span: attributeOf(referral, "screening")?.span ?? referral.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
