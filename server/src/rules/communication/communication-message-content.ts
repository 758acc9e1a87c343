import type { Rule, RuleMessages } from "../../core/rule";
import { addValuesFix, attributeOrHeader, cite, words } from "../plan-model";
import { communicationSection } from "./shared";
import { voice } from "../voice";

const guidelines = ["G9"];

const messages = {
  topics: {
    en: "{covered, select, some {\"information-on\" lacks {missing}. Add {count, plural, one {it} other {them}}} other {The communication section does not say what crisis messages cover. Add \"information-on: {all}\"}}: migrants need to know what is happening, where, what help there is, who may get it, which papers they need and how to leave ({cite}).",
    ru: "{covered, select, some {В `information-on` нет {missing}. Добавьте {count, plural, one {его} few {их} many {их} other {их}}} other {В разделе информирования не сказано, о чём сообщения во время кризиса. Добавьте `information-on: {all}`}}: мигрантам нужно знать, что происходит, где, какая помощь есть, кто может её получить, какие документы нужны и как уехать ({cite}).",
    uz: "{covered, select, some {`information-on` da {missing} yoʻq. {count, plural, one {Uni} other {Ularni}} qoʻshing} other {Axborot berish boʻlimida inqiroz paytidagi xabarlar nima haqida ekanligi aytilmagan. `information-on: {all}` ni qoʻshing}}: migrantlar nima boʻlayotganini, qayerda, qanday yordam borligini, uni kim olishi mumkinligini, qanday hujjatlar kerakligini va qanday ketishni bilishlari kerak ({cite}).",
  },
} satisfies RuleMessages;

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
    messages,
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
  check(context) {
    const { document, plan, report } = context;
    const say = voice(messages, guidelines, context);
    const communication = communicationSection(plan);
    if (!communication) return;
    const covered = new Set(words(communication, "information-on"));
    const missing = ESSENTIAL_TOPICS.filter((t) => !covered.has(t));
    if (missing.length === 0) return;
    const fix = addValuesFix(document, communication, "information-on", missing, say.addValues("information-on", missing));
    report({
      message: say.t("topics", {
        covered: covered.size > 0 ? "some" : "none",
        missing: say.list(missing.map(say.word), { max: missing.length }),
        count: missing.length,
        all: missing.join(", "),
        cite: say.cite(),
      }),
      span: attributeOrHeader(communication, "information-on"),
      fixes: fix ? [fix] : [],
    });
  },
};
