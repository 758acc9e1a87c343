import type { Fix } from "../../core/finding";
import type { Rule } from "../../core/rule";
import { addValuesFix, cite, headerSpan, inSection, listWords, populations, section, word, words } from "../plan-model";

const guidelines = ["G5", "G13"];

/** The vulnerabilities that need step-free places and help to move first. */
const REDUCED_MOBILITY = ["disabilities", "older-persons"] as const;

const described: Record<(typeof REDUCED_MOBILITY)[number], string> = {
  disabilities: "people with disabilities",
  "older-persons": "older persons",
};

/**
 * EVAC008: a population with disabilities or older persons needs an
 * accessible assembly point and a place in `priority`. One finding per
 * population, naming every gap.
 */
export const evacuationAccessibility: Rule = {
  meta: {
    code: "EVAC008",
    name: "evacuation-accessibility",
    area: "evacuation",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "A population with `disabilities` or `older-persons` has no accessible assembly point, or is not in the evacuation's `priority`.",
    docs: {
      why: `People with disabilities and older persons take longer to move, need help to do it, and cannot use a site they cannot get into. Among migrants they are also the most likely to live isolated, without family nearby to carry them out. The plan must move them first and send them somewhere they can use (${cite(guidelines)}).`,
      failing: `plan "Heatwave plan" {
  population older_residents "Older long-term residents" { vulnerabilities: older-persons }
  evacuation {
    priority: children, pregnant
    assembly-point cooling_centre "Cooling centre" { capacity: 3000  accessible: yes }
  }
}`,
      passing: `plan "Heatwave plan" {
  population older_residents "Older long-term residents" { vulnerabilities: older-persons }
  evacuation {
    priority: children, pregnant, older-persons
    assembly-point cooling_centre "Cooling centre" { capacity: 3000  accessible: yes }
  }
}`,
      notes: `Every population the plan declares is checked, covered by the evacuation or not (EVAC002 reports those left out). The finding stands on the population's header. One accessible assembly point (\`accessible: yes\`) is enough for the whole plan. The fix adds the missing vulnerabilities to \`priority\`; it is offered only when that is the whole gap, since no edit can make a site accessible.`,
    },
  },
  check({ document, plan, report }) {
    const evacuation = section(plan, "evacuation");
    if (!evacuation) return;
    const priority = new Set(words(evacuation, "priority"));
    const hasAccessiblePoint = inSection(plan, "evacuation", "assembly-point").some((a) => word(a, "accessible") === "yes");

    // At most three different fixes (one or both words): build each once,
    // not once per population, since building one scans the section.
    const fixes = new Map<string, Fix | undefined>();
    const priorityFix = (missing: string[]): Fix | undefined => {
      const key = missing.join(",");
      if (!fixes.has(key)) fixes.set(key, addValuesFix(document, evacuation, "priority", missing));
      return fixes.get(key);
    };

    for (const population of populations(plan)) {
      const present = new Set(words(population, "vulnerabilities"));
      const needing = REDUCED_MOBILITY.filter((v) => present.has(v));
      if (needing.length === 0) continue;
      const notPrioritised = needing.filter((v) => !priority.has(v));
      if (notPrioritised.length === 0 && hasAccessiblePoint) continue;

      const who = listWords(needing.map((v) => described[v]));
      const gaps: string[] = [];
      if (notPrioritised.length > 0) gaps.push(`${listWords(notPrioritised.map((v) => `"${v}"`))} ${notPrioritised.length === 1 ? "is" : "are"} not in the evacuation's "priority"`);
      if (!hasAccessiblePoint) gaps.push(`no assembly point is marked "accessible: yes"`);
      const todo: string[] = [];
      if (notPrioritised.length > 0) todo.push(`add ${listWords(notPrioritised.map((v) => `"${v}"`))} to "priority"`);
      if (!hasAccessiblePoint) todo.push(`name an assembly point they can reach and use, with "accessible: yes"`);
      const todoText = todo.join(" and ");

      const fix = hasAccessiblePoint ? priorityFix(notPrioritised) : undefined;
      report({
        message: `Population '${population.id!.text}' includes ${who}, but ${gaps.join(" and ")}. ${todoText[0].toUpperCase()}${todoText.slice(1)}, so that those who need help to move are moved first and to a place they can use (${cite(guidelines)}).`,
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
