import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { addValuesFix, cite, listWords, populations, section, words } from "../plan-model";

const guidelines = ["G5", "G13"];

/** What employers must at least do: give back papers and get workers out. */
const ESSENTIAL_DUTIES = ["documents", "transport"] as const;

/**
 * EVAC013: when populations have employers, the evacuation must say that
 * employers return documents and provide transport. One finding, at the
 * evacuation section.
 */
export const evacuationEmployerDuties: Rule = {
  meta: {
    code: "EVAC013",
    name: "evacuation-employer-duties",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "Some population lists `employers`, and `employer-duties` lacks `documents` or `transport`.",
    docs: {
      why: `Migrant workers often depend on their employer to leave: the employer holds their passport, runs the only transport from the site, and controls their pay. If the plan gives employers no duties, workers wait for permission that may never come. Where the plan names employers, it should at least oblige them to hand back documents and move their workers (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  stakeholder households "Employing households" { kind: employer  contact: "+961 1 000 031" }
  population domestic_workers "Domestic workers" { size: 6000  employers: households }
  evacuation {
    employer-duties: documents, information
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder households "Employing households" { kind: employer  contact: "+961 1 000 031" }
  population domestic_workers "Domestic workers" { size: 6000  employers: households }
  evacuation {
    employer-duties: documents, information, transport
  }
}`,
      notes: "Checked only when at least one population lists `employers`. One finding, on the `evacuation` keyword, naming the missing duties and the populations with employers. The fix adds the missing duties to `employer-duties` (inserting the attribute when it is absent).",
    },
  },
  check({ document, plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const employed = populations(plan).filter((p) => words(p, "employers").length > 0);
    if (employed.length === 0) return;
    const duties = new Set(words(evacuation, "employer-duties"));
    const missing = ESSENTIAL_DUTIES.filter((d) => !duties.has(d));
    if (missing.length === 0) return;

    const ids = employed.map((p) => `'${p.id!.text}'`);
    const lacks = attributeOf(evacuation, "employer-duties") ? `"employer-duties" lacks ${listWords(missing.map((d) => `"${d}"`))}` : `the evacuation section has no "employer-duties"`;
    const fix = addValuesFix(document, evacuation, "employer-duties", missing);
    report({
      message: `${employed.length === 1 ? "Population" : "Populations"} ${listWords(ids)} ${employed.length === 1 ? "has employers" : "have employers"}, but ${lacks}. Add ${listWords(missing.map((d) => `"${d}"`))} to "employer-duties": employers must hand back the passports they hold and get their workers out, or workers wait for permission that never comes (${cite(guidelines)}).`,
      span: evacuation.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
