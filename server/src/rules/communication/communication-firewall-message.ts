import type { Rule } from "../../core/rule";
import { addValuesFix, cite, headerSpan, listWords, populations, words } from "../plan-model";
import { communicationSection, precariousStatuses } from "./shared";

const guidelines = ["G11", "G3"];

const TOPIC = "no-immigration-enforcement";

/**
 * COMM007: where some migrants lack status, crisis messages tell them that
 * seeking help will not lead to immigration enforcement. One finding per
 * population concerned, on the population.
 */
export const communicationFirewallMessage: Rule = {
  meta: {
    code: "COMM007",
    name: "communication-firewall-message",
    area: "communication",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "A population with `irregular`, `mixed` or `unknown` status, and `no-immigration-enforcement` not in `information-on`.",
    docs: {
      why: `Migrants without papers stay away from shelters, clinics and evacuation buses when they fear arrest there. A plan may keep help and enforcement apart, but that firewall only works if people are told about it, plainly and in advance. The MICIC Guidelines ask that assistance be given without discrimination and that migrants be able to seek help safely (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    information-on: hazard, evacuation, assistance
  }
}`,
      passing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    information-on: hazard, evacuation, assistance, no-immigration-enforcement
  }
}`,
      notes: [
        "Each population whose `status` lists `irregular`, `mixed` or `unknown` is its own finding, on the population's header, as long as `information-on` lacks `no-immigration-enforcement`; populations that are all `regular`, or say nothing of status, are not concerned. Nothing is reported without a `communication` section (PLAN004 reports that).",
        "",
        "The fix adds `no-immigration-enforcement` to `information-on` (inserting the attribute when it is missing). Every finding carries the same edit, so one application clears them all. The message must then be true: pair it with `shares-with-immigration-enforcement: no` in the referral section (REF004).",
      ].join("\n"),
    },
  },
  check({ document, plan, report }) {
    const communication = communicationSection(plan);
    if (!communication) return;
    if (words(communication, "information-on").includes(TOPIC)) return;
    // One edit serves every finding: built once, not once per population.
    const fix = addValuesFix(document, communication, "information-on", [TOPIC]);
    for (const population of populations(plan)) {
      const statuses = precariousStatuses(population);
      if (statuses.length === 0) continue;
      report({
        message: `Population ${population.id!.text} includes people with ${listWords(statuses, "or")} status, but crisis messages do not tell them that seeking help will not lead to immigration enforcement. Add "${TOPIC}" to "information-on": without that assurance, people without papers stay away from help (${cite(guidelines)}).`,
        span: headerSpan(population),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
