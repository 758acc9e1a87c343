import { attributeOf } from "../../core/ast";
import type { Fix } from "../../core/finding";
import type { Rule } from "../../core/rule";
import { cite, setAttributeFix } from "../plan-model";
import { channels, communicationSection, says } from "./shared";

const guidelines = ["G9"];

/** How many channels the fixes offer to point `feedback` at. */
const MAX_FIXES = 3;

/**
 * COMM003: migrants can answer back. Some channel is two-way, and `feedback`
 * points at one. One finding per communication section: on `feedback` when it
 * names a channel that is not two-way, on the section keyword otherwise.
 */
export const communicationTwoWay: Rule = {
  meta: {
    code: "COMM003",
    name: "communication-two-way",
    area: "communication",
    severity: "warning",
    guidelines,
    fixable: false,
    hasSuggestions: true,
    summary: "No channel with `two-way: yes`, or `feedback` absent or pointing at a channel that is not two-way.",
    docs: {
      why: `Warnings that only go one way leave migrants unable to ask where to go, to report that they are trapped, or to say that a message was wrong. The MICIC Guidelines ask for communication that listens as well as speaks: a known place where questions and reports come in and are answered (${cite(guidelines)}).`,
      failing: `plan "Flood plan" {
  communication {
    feedback: radio
    channel radio "Regional radio bulletins" { medium: radio  languages: ru }
    channel hotline "Migrant hotline" { medium: hotline  languages: ru  two-way: yes }
  }
}`,
      passing: `plan "Flood plan" {
  communication {
    feedback: hotline
    channel radio "Regional radio bulletins" { medium: radio  languages: ru }
    channel hotline "Migrant hotline" { medium: hotline  languages: ru  two-way: yes }
  }
}`,
      notes: [
        "A channel is two-way only when it says `two-way: yes`. When `feedback` names something that is not a declared channel, NAM002 or NAM003 reports the name and this rule says nothing more, unless no channel at all is two-way.",
        "",
        "The fix points `feedback` at a two-way channel: it inserts `feedback` when it is missing and replaces its value when it names a one-way channel. One fix is offered per two-way channel (for the first three, in file order); only when there is a single candidate is the fix marked safe for `--fix`. With no two-way channel there is no fix: say which channel people can answer through with `two-way: yes` first.",
      ].join("\n"),
    },
  },
  check({ document, plan, resolution, report }) {
    const communication = communicationSection(plan);
    if (!communication) return;
    const twoWay = channels(plan).filter((c) => says(c, "two-way", "yes"));
    const feedback = attributeOf(communication, "feedback");
    const named = feedback?.values.find((v) => v.kind === "ident");
    const target = named ? resolution.declarations.get(named.text) : undefined;

    if (target?.kind === "channel" && says(target.block, "two-way", "yes")) return;
    // A name that is not a declared channel is NAM002's or NAM003's finding;
    // repeat nothing unless the plan has no two-way channel to point at.
    if (named && target?.kind !== "channel" && twoWay.length > 0) return;

    // One fix per two-way channel (the first few: a menu, not a list of
    // hundreds); choosing among several is the drafter's call.
    const fixes = twoWay
      .slice(0, MAX_FIXES)
      .map((channel) => setAttributeFix(document, communication, "feedback", channel.id!.text, `Point 'feedback' at channel '${channel.id!.text}'`))
      .filter((f): f is Fix => f !== undefined)
      ;
    const candidates = twoWay.map((c) => c.id!.text);
    const pointAt =
      candidates.length === 1
        ? `Point "feedback" at ${candidates[0]}, the two-way channel`
        : candidates.length > 1
          ? `Point "feedback" at a two-way channel, such as ${candidates[0]}`
          : `Set "two-way: yes" on a channel people can answer through (a hotline, a messaging app), and point "feedback" at it`;
    const why = `migrants must be able to ask questions and report where they are, not only receive warnings (${cite(guidelines)}).`;

    if (target?.kind === "channel") {
      const advice =
        candidates.length === 0
          ? `, and no channel has "two-way: yes". Set "two-way: yes" on ${target.name} if people can answer through it, or add a channel they can answer through and point "feedback" at it`
          : `. ${pointAt}, or set "two-way: yes" on ${target.name} if people can answer through it`;
      report({
        message: `"feedback" points at ${target.name}, which is not two-way${advice}: ${why}`,
        span: feedback!.span,
        fixes,
      });
      return;
    }
    const problem = named
      ? `No channel in the communication section has "two-way: yes"`
      : `The communication section has no "feedback" channel${candidates.length === 0 ? ` and no channel with "two-way: yes"` : ""}`;
    report({
      message: `${problem}. ${pointAt}: ${why}`,
      span: feedback && !named ? feedback.span : communication.kind.span,
      fixes,
    });
  },
};
