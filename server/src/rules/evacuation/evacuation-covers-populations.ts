import { attributeOf } from "../../core/ast";
import { MAX_RELATED, type Fix } from "../../core/finding";
import type { Rule } from "../../core/rule";
import { addValuesFix, cite, headerSpan, listWords, section, setAttributeFix } from "../plan-model";
import { populationLabel, populationsByCoverage } from "./shared";

const guidelines = ["G5", "G13"];

/**
 * EVAC002: every population the plan declares must be one the evacuation
 * covers. One finding per evacuation section, naming every group left out.
 */
export const evacuationCoversPopulations: Rule = {
  meta: {
    code: "EVAC002",
    name: "evacuation-covers-populations",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "The evacuation's `covers` list leaves out a population the plan declares.",
    docs: {
      why: `A plan that counts a group of migrants and then leaves them out of the evacuation has decided, on paper, that they stay behind. Groups left out are usually those the drafters think someone else will look after (seafarers, detainees, workers in remote camps), and in a crisis that someone may not come. The evacuation must say it covers every group the plan knows about, or cover \`all\` (${cite(guidelines)}).`,
      failing: `plan "Typhoon plan" {
  population residents "Korean residents" { size: 9000 }
  population seafarers "Indonesian seafarers" { size: 1500 }
  evacuation {
    covers: residents
  }
}`,
      passing: `plan "Typhoon plan" {
  population residents "Korean residents" { size: 9000 }
  population seafarers "Indonesian seafarers" { size: 1500 }
  evacuation {
    covers: residents, seafarers
  }
}`,
      notes: `An evacuation without \`covers\`, or with \`covers: all\`, covers every population. The finding stands on \`covers\` and names every population left out, with a link to each. Two fixes are offered: add the populations left out to \`covers\` (applied by \`--fix\`), or replace the list with \`covers: all\` (in the editor only, as it also covers populations declared later).`,
    },
  },
  check({ document, plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const covers = attributeOf(evacuation, "covers");
    if (!covers) return; // no list: everyone is covered
    const { left } = populationsByCoverage(plan, evacuation);
    if (left.length === 0) return;

    const ids = left.map((p) => p.id!.text);
    const fixes: Fix[] = [];
    const addThem = addValuesFix(document, evacuation, "covers", ids);
    if (addThem) fixes.push(addThem);
    const coverAll = setAttributeFix(document, evacuation, "covers", "all", "Cover all populations ('covers: all')");
    if (coverAll) fixes.push(coverAll);

    const groups = left.length === 1 ? "population" : "populations";
    report({
      message: `The evacuation leaves out the ${groups} ${listWords(left.map(populationLabel))}: "covers" does not list ${left.length === 1 ? "it" : "them"}. Add ${listWords(ids.map((id) => `"${id}"`))} to "covers", or write "covers: all", so that every group of migrants in the plan has a way to safety (${cite(guidelines)}).`,
      span: covers.span,
      fixes,
      related: left.slice(0, MAX_RELATED).map((p) => ({ message: `population '${p.id!.text}' is not covered by the evacuation`, span: headerSpan(p) })),
    });
  },
};
