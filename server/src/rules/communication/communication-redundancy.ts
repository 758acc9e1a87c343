import type { Rule } from "../../core/rule";
import { cite, listWords, word } from "../plan-model";
import { channels, communicationSection } from "./shared";

const guidelines = ["G6"];

/**
 * Media that still carry a warning when the power grid or the internet is
 * down: broadcast radio, voices and paper, and the cellular network's own
 * messages (SMS and cell broadcast need no internet connection).
 */
export const RESILIENT_MEDIA: readonly string[] = [
  "radio", "loudspeaker", "door-to-door", "community-meeting", "printed", "sms", "cell-broadcast",
];

/**
 * COMM002: the plan does not hang on one medium, and at least one medium
 * survives a power or internet cut. One finding per communication section.
 */
export const communicationRedundancy: Rule = {
  meta: {
    code: "COMM002",
    name: "communication-redundancy",
    area: "communication",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: false,
    summary: "Fewer than two channels of different `medium`, or none that still works when power or the internet fails.",
    docs: {
      why: `Crises break the very networks warnings travel on: floods cut power, earthquakes bring down masts, conflicts shut down the internet. A plan that relies on one medium, or only on media that need power and data, goes silent when it is needed most. The MICIC Guidelines ask for communication through several channels migrants actually use, so that one failing does not leave them uninformed (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    channel hotline "Migrant hotline" { medium: hotline  languages: ru }
    channel web "Information website" { medium: website  languages: ru }
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    channel hotline "Migrant hotline" { medium: hotline  languages: ru }
    channel radio "Regional radio bulletins" { medium: radio  languages: ru }
  }
}`,
      notes: [
        "The media that still work when power or the internet fails are `radio`, `loudspeaker`, `door-to-door`, `community-meeting`, `printed`, `sms` and `cell-broadcast`. Two channels of the same medium count as one kind; a channel without `medium` counts for neither test.",
        "",
        "One finding per `communication` section, on its keyword, naming what is wrong. Nothing is reported without a `communication` section (PLAN004 reports that). There is no fix: which medium to add is the drafter's choice.",
      ].join("\n"),
    },
  },
  check({ plan, report }) {
    const communication = communicationSection(plan);
    if (!communication) return;
    const media = [...new Set(channels(plan).map((c) => word(c, "medium")).filter((m): m is string => m !== undefined))];
    const varied = media.length >= 2;
    const resilient = media.some((m) => RESILIENT_MEDIA.includes(m));
    if (varied && resilient) return;

    const resilientList = listWords(RESILIENT_MEDIA, "or", RESILIENT_MEDIA.length);
    const problems: string[] = [];
    if (media.length === 0) problems.push("has no channel with a medium");
    else if (!varied) problems.push(`uses only one medium (${media[0]})`);
    if (media.length > 0 && !resilient) problems.push("has no channel that still works when power or the internet fails");
    const advice =
      media.length === 0
        ? `Add at least two channels of different media, one of them ${resilientList}`
        : !resilient
          ? `Add a ${resilientList} channel`
          : "Add a channel of another medium";
    report({
      message: `The communication section ${problems.join(" and ")}. ${advice}: a crisis that cuts one network must not leave migrants without warnings (${cite(guidelines)}).`,
      span: communication.kind.span,
    });
  },
};
