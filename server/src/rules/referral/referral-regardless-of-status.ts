import { attributeOf } from "../../core/ast";
import type { Rule } from "../../core/rule";
import { cite, headerSpan, section, setAttributeFix, word } from "../plan-model";
import { needPhrase, pathwayLabel, pathwaysOf } from "./shared";

const guidelines = ["P1", "G11"];

/** Needs whose help saves lives: never to be refused for want of papers. */
const LIFE_SAVING_NEEDS: ReadonlySet<string> = new Set(["health", "shelter", "food", "protection"]);

/**
 * REF003: a life-saving pathway is open to every migrant whatever their
 * status. `no` breaks a principle (error); silence is a gap (warning). One
 * finding per pathway.
 */
export const referralRegardlessOfStatus: Rule = {
  meta: {
    code: "REF003",
    name: "referral-regardless-of-status",
    area: "referral",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "A `health`, `shelter`, `food` or `protection` pathway is not stated to be open whatever a migrant's status (an error when it says `no`).",
    docs: {
      why: `The first MICIC principle is to save lives: humanitarian help is given without discrimination and is never refused because of immigration status (${cite(guidelines)}). Health care, shelter, food and protection save lives in a crisis. Each pathway that gives them must say that it is open to every migrant, so that responders do not turn people away and migrants can be told they are safe to come forward.`,
      failing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" {
      need: health  provider: red_crescent
      regardless-of-status: no
    }
    pathway meals "Hot meals" { need: food  provider: red_crescent }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" {
    kind: civil-society  contact: "+998 71 000 0002"
  }
  referral {
    pathway care "Emergency care" {
      need: health  provider: red_crescent
      regardless-of-status: yes
    }
    pathway meals "Hot meals" { need: food  provider: red_crescent  regardless-of-status: yes }
  }
}`,
      notes: "Only pathways whose `need` is `health`, `shelter`, `food` or `protection` are checked; other pathways may set `regardless-of-status` as they see fit. `no` is an error, standing on the attribute; a missing attribute is a warning, standing on the pathway. The fix sets `regardless-of-status: yes`.",
    },
  },
  check({ document, plan, report }) {
    const referral = section(plan, "referral");
    if (!referral) return;
    for (const pathway of pathwaysOf(referral)) {
      const need = word(pathway, "need");
      if (!need || !LIFE_SAVING_NEEDS.has(need)) continue;
      const value = word(pathway, "regardless-of-status");
      if (value === "yes") continue;
      const attribute = attributeOf(pathway, "regardless-of-status");
      const closed = value === "no";
      const says = closed
        ? `says it is closed to migrants without status`
        : `does not say that it is open to every migrant whatever their status`;
      const fix = setAttributeFix(document, pathway, "regardless-of-status", "yes");
      report({
        message: `The ${pathwayLabel(pathway)} (${needPhrase(need)}) ${says}. Set "regardless-of-status: yes": life-saving help is never refused because of immigration status (${cite(guidelines)}).`,
        span: attribute?.span ?? headerSpan(pathway),
        severity: closed ? "error" : "warning",
        fixes: fix ? [fix] : [],
      });
    }
  },
};
