import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { valuePlaceholder } from "../../core/edits";
import { cite, headerSpan, insertFix, listWords, populations } from "../plan-model";
import { labelOf } from "./shared";

const guidelines = ["G2", "G5"];

/** What a population profile needs, and what each is for. */
const PROFILE: readonly { name: string; says: string }[] = [
  { name: "size", says: "how many people, to size assembly points and transport" },
  { name: "nationalities", says: "their countries of origin, to involve their consulates" },
  { name: "languages", says: "the languages they understand, to warn them in words they follow" },
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
      notes: `An attribute counts as present whatever its value; a value of the wrong kind is SCH002's finding. The suggestion inserts each missing attribute with a place to fill ("…", a tab stop in the editor), never a value that would pass for a fact (a size of 0, a language code): SCH002 and SCH004 report the places until they are filled, and \`--fix\` leaves the suggestion alone.`,
    },
  },
  check({ document, plan, report }) {
    for (const population of populations(plan)) {
      const missing = PROFILE.filter((p) => !attributeOf(population, p.name));
      if (missing.length === 0) continue;

      // A place to fill for each: a size of 0 or a language code would pass for facts.
      const lines = missing.map((p) => `${p.name}: ${valuePlaceholder()}`);
      const fix = insertFix(document, population, lines.join("\n"), `Add ${listWords(missing.map((p) => `'${p.name}'`))}, to fill in`);

      report({
        message: `Population ${labelOf(population)} does not give ${listWords(missing.map((p) => `"${p.name}"`), "or")}. Add ${listWords(missing.map((p) => `"${p.name}" (${p.says})`))}: a group known only by its label cannot be planned for (${cite(guidelines)}).`,
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
