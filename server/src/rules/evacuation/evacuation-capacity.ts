import type { Rule } from "../../core/rule";
import { cite, formatCount, inSection, listWords, numberOf, section } from "../plan-model";
import { coverage, populationsByCoverage } from "./shared";

const guidelines = ["G13"];

/**
 * EVAC006: the assembly points must hold everyone the evacuation covers.
 * The message gives both totals, so the drafter sees the shortfall.
 */
export const evacuationCapacity: Rule = {
  meta: {
    code: "EVAC006",
    name: "evacuation-capacity",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "The assembly points hold fewer people than the populations the evacuation covers.",
    docs: {
      why: `An evacuation that has places for only part of the people it covers will turn people away on the day, and migrants, last to hear and last to arrive, are the ones left at the gate. Adding up the capacity of the assembly points and the size of the populations covered shows the shortfall while there is still time to find another site (${cite(guidelines)}).`,
      failing: `plan "Earthquake plan" {
  population syrians "Syrians under temporary protection" { size: 48000 }
  population afghans "Afghan applicants" { size: 8000 }
  evacuation {
    covers: all
    assembly-point tent_city "Tent city" { capacity: 25000 }
    assembly-point container_city "Container city" { capacity: 12000 }
  }
}`,
      passing: `plan "Earthquake plan" {
  population syrians "Syrians under temporary protection" { size: 48000 }
  population afghans "Afghan applicants" { size: 8000 }
  evacuation {
    covers: all
    assembly-point tent_city "Tent city" { capacity: 45000 }
    assembly-point container_city "Container city" { capacity: 12000 }
  }
}`,
      notes: `The populations counted are those the evacuation covers: all of them when \`covers\` is absent or \`all\`, otherwise the ones it lists. A population without a \`size\` and an assembly point without a \`capacity\` count as zero, and the message says which ones were left out of the sums (POP001 reports a missing size). The finding stands on the \`evacuation\` keyword. There is no fix: only the drafters can find more places.`,
    },
  },
  check({ plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const { covered } = populationsByCoverage(plan, evacuation);
    const unsized = covered.filter((p) => numberOf(p, "size") === undefined).map((p) => `'${p.id!.text}'`);
    const people = covered.reduce((sum, p) => sum + (numberOf(p, "size") ?? 0), 0);
    if (people === 0) return; // nothing counted yet: POP001 asks for sizes

    const points = inSection(plan, "evacuation", "assembly-point");
    const uncounted = points.filter((a) => numberOf(a, "capacity") === undefined).map((a) => `'${a.id!.text}'`);
    const places = points.reduce((sum, a) => sum + (numberOf(a, "capacity") ?? 0), 0);
    if (places >= people) return;

    const who = coverage(evacuation).all ? "the populations in the plan" : "the populations the evacuation covers";
    const held = points.length === 0 ? "The evacuation has no assembly point" : `The assembly points hold ${formatCount(places)} people`;
    const gaps: string[] = [];
    if (unsized.length > 0) gaps.push(`${listWords(unsized)} ${unsized.length === 1 ? "has" : "have"} no size and ${unsized.length === 1 ? "is" : "are"} not counted`);
    if (uncounted.length > 0) gaps.push(`${listWords(uncounted)} ${uncounted.length === 1 ? "has" : "have"} no capacity and ${uncounted.length === 1 ? "is" : "are"} not counted`);
    const caveat = gaps.length > 0 ? ` (${gaps.join("; ")})` : "";
    report({
      message: `${held}, but ${who} number ${formatCount(people)}${caveat}: ${formatCount(people - places)} people would have nowhere to go. Add assembly points or raise their capacity until every person covered has a place (${cite(guidelines)}).`,
      span: evacuation.kind.span,
    });
  },
};
