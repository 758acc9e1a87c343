import type { Rule } from "../../core/rule";
import { addValuesFix, attributeOrHeader, cite, listWords, words } from "../plan-model";
import { communicationSection } from "./shared";

const guidelines = ["G9"];

/** What every crisis message must be able to tell migrants, in the order RULES.md gives. */
export const ESSENTIAL_TOPICS: readonly string[] = [
  "hazard", "affected-areas", "assistance", "contacts", "eligibility", "id-requirements", "evacuation",
];

/**
 * COMM006: crisis messages cover the essentials. One finding per
 * communication section, naming every missing topic.
 */
export const communicationMessageContent: Rule = {
  meta: {
    code: "COMM006",
    name: "communication-message-content",
    area: "communication",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "`information-on` lacks any of `hazard`, `affected-areas`, `assistance`, `contacts`, `eligibility`, `id-requirements`, `evacuation`.",
    docs: {
      why: `A warning that says a flood is coming, but not where, not what help there is, not who may get it and not which papers are needed, leaves migrants guessing, and those unsure of their rights stay away. The MICIC Guidelines ask that crisis information tell migrants what is happening, where, how to get help, who is eligible, what documents they need and how evacuation works (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    information-on: hazard, evacuation, contacts
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    information-on: hazard, affected-areas, assistance, contacts, eligibility, id-requirements, evacuation
  }
}`,
      notes: [
        "The essential topics are `hazard`, `affected-areas`, `assistance`, `contacts`, `eligibility`, `id-requirements` and `evacuation`. The others the schema allows (`rights`, `consular-services`, `no-immigration-enforcement`) are welcome but not required here; COMM007 asks for `no-immigration-enforcement` where some migrants lack status.",
        "",
        "One finding per `communication` section, naming every missing topic: on `information-on` when it is there, on the section keyword when it is not. Nothing is reported without a `communication` section (PLAN004 reports that). The fix adds the missing topics after the last one listed, or inserts `information-on` with them.",
      ].join("\n"),
    },
  },
  check({ document, plan, report }) {
    const communication = communicationSection(plan);
    if (!communication) return;
    const covered = new Set(words(communication, "information-on"));
    const missing = ESSENTIAL_TOPICS.filter((t) => !covered.has(t));
    if (missing.length === 0) return;
    const fix = addValuesFix(document, communication, "information-on", missing);
    const advice =
      covered.size > 0
        ? `"information-on" lacks ${listWords(missing, "and", missing.length)}. Add ${missing.length > 1 ? "them" : "it"}`
        : `The communication section does not say what crisis messages cover. Add "information-on: ${missing.join(", ")}"`;
    report({
      message: `${advice}: migrants need to know what is happening, where, what help there is, who may get it, which papers they need and how to leave (${cite(guidelines)}).`,
      span: attributeOrHeader(communication, "information-on"),
      fixes: fix ? [fix] : [],
    });
  },
};
