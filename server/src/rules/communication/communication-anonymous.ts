import type { Rule } from "../../core/rule";
import { cite, listWords, populations } from "../plan-model";
import { channels, communicationSection, precariousStatuses, says } from "./shared";

const guidelines = ["G6"];

/**
 * COMM004: where some migrants lack papers, some channel can be used without
 * giving one's identity or status. One finding per communication section.
 */
export const communicationAnonymous: Rule = {
  meta: {
    code: "COMM004",
    name: "communication-anonymous",
    area: "communication",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "No channel with `anonymous: yes` while some population has `irregular`, `mixed` or `unknown` status.",
    docs: {
      why: `A migrant without papers will not call a hotline that asks for a permit number, for fear that asking for help ends in detention. Where a plan counts people with irregular or uncertain status, it needs at least one channel they can use without saying who they are. The MICIC Guidelines ask for communication that builds trust with all migrants, whatever their status (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    channel hotline "Disaster hotline" { medium: hotline  languages: km  two-way: yes  anonymous: no }
  }
}`,
      passing: `plan "Flood plan" {
  population builders "Construction workers" {
    size: 9000  nationalities: KH  languages: km  status: irregular
  }
  communication {
    channel hotline "Disaster hotline" { medium: hotline  languages: km  two-way: yes  anonymous: yes }
  }
}`,
      notes: [
        "A channel is anonymous only when it says `anonymous: yes`. The rule applies only when some population lists `irregular`, `mixed` or `unknown` in `status`; a plan whose populations are all `regular` (or say nothing of status) passes.",
        "",
        "One finding per `communication` section, on its keyword, naming the populations concerned. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: only the drafter knows which channel can truly do without identity checks.",
      ].join("\n"),
    },
  },
  check({ plan, report }) {
    const communication = communicationSection(plan);
    if (!communication) return;
    const concerned = populations(plan).filter((p) => precariousStatuses(p).length > 0);
    if (concerned.length === 0) return;
    if (channels(plan).some((c) => says(c, "anonymous", "yes"))) return;
    const names = concerned.map((p) => p.id!.text);
    const statuses = [...new Set(concerned.flatMap(precariousStatuses))];
    report({
      message: `No channel can be used anonymously, yet ${listWords(names)} ${names.length > 1 ? "include" : "includes"} people with ${listWords(statuses, "or")} status. Set "anonymous: yes" on a channel people can use without giving their name or status, such as a hotline that asks for no papers: otherwise those without status will not come forward (${cite(guidelines)}).`,
      span: communication.kind.span,
    });
  },
};
