import type { Block } from "../../core/ast";
import { MAX_RELATED } from "../../core/finding";
import type { Rule } from "../../core/rule";
import type { Span } from "../../core/text";
import { cite, headerSpan, listWords, populations, section, words } from "../plan-model";
import { needPhrase, needsMet, pathwaySkeletonFix } from "./shared";

const guidelines = ["G12"];

/**
 * The pathways particular vulnerabilities call for, in the order findings
 * are reported, with why and how the inserted pathway is named.
 */
export const VULNERABLE_NEEDS: readonly {
  need: string;
  vulnerabilities: readonly string[];
  why: string;
  /** The suggestion's id, where the need's own would mislead. */
  idBase?: string;
}[] = [
  {
    need: "child-protection",
    vulnerabilities: ["children", "unaccompanied-children"],
    why: "children separated or put at risk in a crisis need a child-protection agency that takes charge of them",
  },
  {
    need: "family-tracing",
    vulnerabilities: ["unaccompanied-children"],
    why: "children on their own must be traced back to their families",
  },
  {
    need: "trafficking",
    vulnerabilities: ["trafficking-victims"],
    why: "victims of trafficking need specialised help, and a crisis puts them at greater risk",
  },
  {
    need: "asylum",
    vulnerabilities: ["asylum-seekers", "stateless"],
    why: "people who cannot turn to a state of origin need access to asylum and international protection",
  },
  {
    need: "health",
    vulnerabilities: ["pregnant"],
    why: "pregnant women need maternal health care, wherever they come from",
    // REF001 may insert a `health` pathway too: a different id keeps the two fixes from clashing.
    idBase: "maternal_health",
  },
];

/**
 * REF006: the vulnerabilities populations declare each have the pathway they
 * call for. One finding per missing need, at the `referral` keyword, naming
 * the populations that need it.
 */
export const referralVulnerableNeeds: Rule = {
  meta: {
    code: "REF006",
    name: "referral-vulnerable-needs",
    area: "referral",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "A population's vulnerabilities call for a pathway the referral section lacks: child-protection, family-tracing, trafficking, asylum or health (one finding per missing need).",
    docs: {
      why: `Some migrants need more than the help everyone needs: children need child protection, unaccompanied children need their families traced, victims of trafficking need specialised assistance, asylum-seekers and stateless people need access to international protection, and pregnant women need health care. The MICIC Guidelines ask for referral procedures that take people with specific needs to the stakeholders who can meet them (${cite(guidelines)}). When a plan knows that a population includes such people, its referral section must have the pathway.`,
      failing: `plan "Earthquake plan" {
  stakeholder unicef "UNICEF field office" {
    kind: international-organization  contact: "unicef@example.org"
  }
  population families "Migrant families" {
    size: 3000  nationalities: AF  languages: prs
    vulnerabilities: children, unaccompanied-children
  }
  referral {
    pathway child_safety "Child protection" { need: child-protection  provider: unicef }
  }
}`,
      passing: `plan "Earthquake plan" {
  stakeholder unicef "UNICEF field office" {
    kind: international-organization  contact: "unicef@example.org"
  }
  population families "Migrant families" {
    size: 3000  nationalities: AF  languages: prs
    vulnerabilities: children, unaccompanied-children
  }
  referral {
    pathway child_safety "Child protection" { need: child-protection  provider: unicef }
    pathway tracing "Family tracing" { need: family-tracing  provider: unicef }
  }
}`,
      notes: "`children` and `unaccompanied-children` call for `child-protection`, `unaccompanied-children` also for `family-tracing`, `trafficking-victims` for `trafficking`, `asylum-seekers` and `stateless` for `asylum`, and `pregnant` for `health`. One finding per missing need, however many populations call for it; the message names them. The fix inserts a pathway with `need:` set and no provider (REF002 then asks for one); for `pregnant` it is a maternal health pathway, so that it never clashes with the `health` pathway REF001's fix inserts. A plan without a `referral` section gets PLAN004 instead.",
    },
  },
  check({ document, plan, resolution, report }) {
    const referral = section(plan, "referral");
    if (!referral) return;
    const met = needsMet(referral);
    // Which populations declare each vulnerability, built once.
    const declaredBy = new Map<string, Block[]>();
    for (const population of populations(plan)) {
      for (const vulnerability of new Set(words(population, "vulnerabilities"))) {
        const list = declaredBy.get(vulnerability) ?? [];
        list.push(population);
        declaredBy.set(vulnerability, list);
      }
    }
    for (const { need, vulnerabilities, why, idBase } of VULNERABLE_NEEDS) {
      if (met.has(need)) continue;
      // Each population once, in source order, with its vulnerabilities that call for the need.
      const found = new Map<Block, string[]>();
      for (const vulnerability of vulnerabilities) {
        for (const population of declaredBy.get(vulnerability) ?? []) {
          found.set(population, [...(found.get(population) ?? []), vulnerability]);
        }
      }
      if (found.size === 0) continue;
      const callers = [...found].sort(([a], [b]) => a.span.start - b.span.start);
      const who = listWords(callers.map(([population, declared]) => `${population.id!.text} (${listWords(declared)})`), "and", 3);
      const related: { message: string; span: Span }[] = callers.slice(0, MAX_RELATED).map(([population, declared]) => ({
        message: `${population.id!.text} declares ${listWords(declared)}`,
        span: headerSpan(population),
      }));
      const fix = pathwaySkeletonFix(document, resolution, referral, need, { idBase });
      report({
        message: `The referral section has no pathway for ${needPhrase(need)}, needed by ${who}. Add a pathway with "need: ${need}" and its provider: ${why} (${cite(guidelines)}).`,
        span: referral.kind.span,
        related,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
