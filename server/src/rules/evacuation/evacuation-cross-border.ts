import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, section, setAttributeFix, word, words } from "../plan-model";

const guidelines = ["G10", "G7"];

/**
 * EVAC012: an evacuation that crosses a border needs exit formalities
 * waived and transit agreed in advance. One finding per evacuation section,
 * naming every gap.
 */
export const evacuationCrossBorder: Rule = {
  meta: {
    code: "EVAC012",
    name: "evacuation-cross-border",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "A cross-border evacuation does not waive exit permits (`required` or absent), or has no `transit-agreements`.",
    docs: {
      why: `When an evacuation leaves the country, exit visas, overstay fines and employer sponsorship rules can keep migrants at the border while everyone else crosses. A transit state that has not agreed in advance may close its border to them. The plan should waive exit formalities for people leaving the crisis and settle transit beforehand with the states and organisations involved (${cite(guidelines)}).`,
      failing: `plan "Conflict plan" {
  stakeholder cy_civil_defence "Cyprus Civil Defence" { kind: government  contact: "+357 22 000 000" }
  evacuation {
    cross-border: yes
    exit-permits: required
    transit-agreements: cy_civil_defence
  }
}`,
      passing: `plan "Conflict plan" {
  stakeholder cy_civil_defence "Cyprus Civil Defence" { kind: government  contact: "+357 22 000 000" }
  evacuation {
    cross-border: yes
    exit-permits: waived
    transit-agreements: cy_civil_defence
  }
}`,
      notes: "Only an evacuation with `cross-border: yes` is checked. `exit-permits: waived` and `not-applicable` pass. The finding stands on `exit-permits` when it says `required`, otherwise on the `evacuation` keyword. The fix sets `exit-permits: waived`; it is offered when the transit agreements are already there, since no edit can make those.",
    },
  },
  check({ document, plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation || word(evacuation, "cross-border") !== "yes") return;
    const permits = word(evacuation, "exit-permits");
    const permitsGap = permits === undefined || permits === "required";
    const transitGap = words(evacuation, "transit-agreements").length === 0;
    if (!permitsGap && !transitGap) return;

    const gaps: string[] = [];
    if (permits === "required") gaps.push(`still requires exit permits ("exit-permits: required")`);
    else if (permitsGap) gaps.push(`does not say whether exit permits are waived`);
    if (transitGap) gaps.push(`names no transit agreements`);
    const todo: string[] = [];
    if (permitsGap) todo.push(`write "exit-permits: waived" (exit visas and overstay fines set aside for people leaving)`);
    if (transitGap) todo.push(`list in "transit-agreements" the transit states or organisations that agreed in advance to let people through`);
    const todoText = todo.join(", and ");

    const fix = permitsGap && !transitGap ? setAttributeFix(document, evacuation, "exit-permits", "waived") : undefined;
    const permitsAttribute = attributeOf(evacuation, "exit-permits");
    report({
      message: `The evacuation crosses the border but ${gaps.join(" and ")}. ${todoText[0].toUpperCase()}${todoText.slice(1)}, so that migrants are not held back at the border while others cross (${cite(guidelines)}).`,
      span: permits === "required" && permitsAttribute ? permitsAttribute.span : evacuation.kind.span,
      fixes: fix ? [fix] : [],
    });
  },
};
