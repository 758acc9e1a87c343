import { attributeOf, type Block } from "../../core/ast";
import type { Rule } from "../../core/rule";
import type { Span } from "../../core/text";
import { cite, headerSpan, listWords, populations, section, words } from "../plan-model";
import { pathwayLabel, pathwaysOf } from "./shared";

const guidelines = ["G6", "G12"];

/**
 * REF009: a pathway that names its languages shares one with every
 * population. The schema does not say whom a pathway serves, so it is read
 * as serving every population in the plan. One finding per pathway, on its
 * `languages`, naming the populations it cannot serve.
 */
export const referralLanguages: Rule = {
  meta: {
    code: "REF009",
    name: "referral-languages",
    area: "referral",
    severity: "info",
    guidelines,
    fixable: false,
    summary: "A pathway's `languages` share none with a population it serves.",
    docs: {
      why: `Referral to a service nobody can talk to is no referral at all. The MICIC Guidelines ask that migrants be communicated with in languages they understand and that referral procedures actually connect them to help (${cite(guidelines)}). A pathway that lists its languages should share at least one with every population, or the plan should provide interpretation some other way.`,
      failing: `plan "Flood plan" {
  population myanmar_workers "Myanmar workers" {
    size: 24000  nationalities: MM  languages: my
  }
  population lao_workers "Lao workers" {
    size: 5000  nationalities: LA  languages: lo, th
  }
  referral {
    pathway rations "Food rations" { need: food  languages: th }
  }
}`,
      passing: `plan "Flood plan" {
  population myanmar_workers "Myanmar workers" {
    size: 24000  nationalities: MM  languages: my
  }
  population lao_workers "Lao workers" {
    size: 5000  nationalities: LA  languages: lo, th
  }
  referral {
    pathway rations "Food rations" { need: food  languages: th, my }
  }
}`,
      notes: "A pathway serves every population in the plan. A pathway without `languages` is not checked, nor is a population without `languages`. One language in common is enough: the population does not need all of its languages covered. There is no fix: only the drafter knows which languages the provider can offer.",
    },
  },
  check({ plan, report }) {
    const referral = section(plan, "referral");
    if (!referral) return;
    const spoken = populations(plan)
      .map((population) => ({ population, languages: words(population, "languages") }))
      .filter((p) => p.languages.length > 0);
    if (spoken.length === 0) return;
    // Which populations understand each language, built once.
    const speakers = new Map<string, Set<Block>>();
    for (const { population, languages } of spoken) {
      for (const language of languages) {
        const set = speakers.get(language) ?? new Set<Block>();
        set.add(population);
        speakers.set(language, set);
      }
    }
    // Pathways with the same languages leave out the same populations:
    // work each set of languages out once.
    const unservedByLanguages = new Map<string, typeof spoken>();
    for (const pathway of pathwaysOf(referral)) {
      const offered = [...new Set(words(pathway, "languages"))];
      if (offered.length === 0) continue;
      const key = [...offered].sort().join(",");
      let unserved = unservedByLanguages.get(key);
      if (!unserved) {
        const served = new Set<Block>();
        for (const language of offered) for (const population of speakers.get(language) ?? []) served.add(population);
        unserved = served.size === spoken.length ? [] : spoken.filter((p) => !served.has(p.population));
        unservedByLanguages.set(key, unserved);
      }
      if (unserved.length === 0) continue;
      const named = unserved.map((p) => `${p.population.id!.text} (${listWords(p.languages)})`);
      const related: { message: string; span: Span }[] = unserved.map((p) => ({
        message: `${p.population.id!.text} understands ${listWords(p.languages)}`,
        span: headerSpan(p.population),
      }));
      report({
        message: `The ${pathwayLabel(pathway)} is given only in ${listWords(offered)}, which ${listWords(named)} ${unserved.length === 1 ? "does" : "do"} not understand. Add a language they understand to its "languages", or arrange interpretation: a referral helps only if people can talk to the service (${cite(guidelines)}).`,
        span: attributeOf(pathway, "languages")!.span,
        related,
      });
    }
  },
};
