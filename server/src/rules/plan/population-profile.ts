import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, headerSpan, insertFix, listWords, populations } from "../plan-model";
import { labelOf } from "./shared";

const guidelines = ["G2", "G5"];

/** What a population profile needs, what each is for, and the placeholder the fix writes. */
const PROFILE: readonly { name: string; says: string; placeholder?: string }[] = [
  { name: "size", says: "how many people, to size assembly points and transport", placeholder: "0" },
  { name: "nationalities", says: "their countries of origin, to involve their consulates" },
  // ISO 639's own code for a language not yet determined.
  { name: "languages", says: "the languages they understand, to warn them in words they follow", placeholder: "und" },
];

/**
 * POP001: each population says how many people, from where, speaking what.
 * One finding per population, naming everything it lacks.
 */
export const populationProfile: Rule = {
  meta: {
    code: "POP001",
    name: "population-profile",
    area: "population",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "A population without `size`, `nationalities` or `languages` (one finding per population).",
    docs: {
      why: `Planning for migrants needs to know who they are: how many, from which countries, speaking which languages (${cite(guidelines)}). The size decides how many places and buses are needed; the nationalities decide which consulates must be involved; the languages decide which warnings will be understood. A group described only by a label cannot be planned for.`,
      failing: `plan "Heatwave plan" {
  population farm_workers "Pakistani farm workers" {
    nationalities: PK  languages: ur, en
  }
}`,
      passing: `plan "Heatwave plan" {
  population farm_workers "Pakistani farm workers" {
    size: 2_500  nationalities: PK  languages: ur, en
  }
}`,
      notes: `An attribute counts as present whatever its value; a value of the wrong kind is SCH002's finding. The fix inserts placeholders to correct: \`size: 0\` and \`languages: und\` (ISO 639 for "undetermined"). No placeholder country code exists, so when \`nationalities\` is missing no fix is offered. The fix is offered in the editor only: a placeholder is not an estimate.`,
    },
  },
  check({ document, plan, report }) {
    for (const population of populations(plan)) {
      const missing = PROFILE.filter((p) => !attributeOf(population, p.name));
      if (missing.length === 0) continue;

      // Only placeholders that cannot pass for facts; a country code would.
      const fillable = missing.every((p) => p.placeholder !== undefined);
      const lines = missing.map((p) => `${p.name}: ${p.placeholder}`);
      const fix = fillable
        ? insertFix(document, population, lines.join("\n"), `Insert ${listWords(lines.map((l) => `'${l}'`))} (then write the real ${lines.length === 1 ? "value" : "values"})`)
        : undefined;

      report({
        message: `Population ${labelOf(population)} does not give ${listWords(missing.map((p) => `"${p.name}"`), "or")}. Add ${listWords(missing.map((p) => `"${p.name}" (${p.says})`))}: a group known only by its label cannot be planned for (${cite(guidelines)}).`,
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
