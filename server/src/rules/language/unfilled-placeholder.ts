import { attributesOf, type Block } from "../../core/ast";
import { CleanBlocks } from "../../core/clean-blocks";
import { PLACEHOLDER_TEXT } from "../../core/edits";
import type { Report } from "../../core/finding";
import { knownBlocks } from "../../core/resolve";
import type { Rule, RuleMessages } from "../../core/rule";
import { voice, type RuleVoice } from "../voice";

const messages = {
  title: {
    en: "The title of this {kind} is still a place to fill: write its name in place of \"{placeholder}\".",
    ru: "Название этого блока `{kind}` всё ещё не заполнено: впишите его вместо «{placeholder}».",
    uz: "Bu `{kind}` blokining nomi hali toʻldirilmagan: «{placeholder}» oʻrniga uning nomini yozing.",
  },
  value: {
    en: "''{attribute}'' is still a place to fill: write the {attribute} in place of \"{placeholder}\".",
    ru: "`{attribute}` всё ещё не заполнен: впишите значение вместо «{placeholder}».",
    uz: "`{attribute}` hali toʻldirilmagan: «{placeholder}» oʻrniga qiymatni yozing.",
  },
} satisfies RuleMessages;

const clean = new CleanBlocks();

/** A text that is nothing but the placeholder a suggestion left ("…", or "..." as typed). */
function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === PLACEHOLDER_TEXT || trimmed === "...";
}

function checkBlock(block: Block, report: (r: Report) => void, say: RuleVoice<keyof typeof messages>): void {
  if (block.title && block.title.kind !== "ident" && isPlaceholder(block.title.text)) {
    report({ message: say.t("title", { kind: block.kind.text, placeholder: PLACEHOLDER_TEXT }), span: block.title.span });
  }
  for (const attribute of attributesOf(block)) {
    for (const value of attribute.values) {
      if ((value.kind === "string" || value.kind === "text") && isPlaceholder(value.text)) {
        report({
          message: say.t("value", { attribute: attribute.name.text, placeholder: PLACEHOLDER_TEXT }),
          span: value.span,
        });
      }
    }
  }
}

/**
 * SCH004: a place a suggestion left for the drafter ("…") that nobody has
 * filled in. One finding per place.
 */
export const unfilledPlaceholder: Rule = {
  meta: {
    code: "SCH004",
    name: "unfilled-placeholder",
    area: "language",
    severity: "warning",
    guidelines: [],
    messages,
    fixable: false,
    hasSuggestions: false,
    summary: 'A place left to fill ("…") that holds nothing yet.',
    alwaysOn: true,
    docs: {
      why: `A suggestion never invents what only the drafter knows: a stakeholder's contact, who provides a service, how many people a group counts. It leaves "…" in that place, and the editor moves through those places one by one. A place left as "…" is a gap the plan does not admit to: it reads as an answer and says nothing. It is reported until it is filled, so that neither the command line (\`--fix-type suggestion\`) nor a half-accepted suggestion lets it pass.`,
      failing: `plan "Flood plan" {
  stakeholder legal_aid "Legal aid" {
    kind: civil-society
    contact: "…"
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder legal_aid "Legal aid" {
    kind: civil-society
    contact: "+998 71 000 0009"
  }
}`,
      notes: 'A value or a title that is "…" (or "...", as typed) and nothing else. A place where a word of the schema goes holds "…" too, which SCH002 also reports with the words allowed there. There is no fix: only the drafter knows what goes there.',
    },
  },
  check(context) {
    const { plan, report } = context;
    const say = voice(messages, [], context);
    clean.check(knownBlocks(plan), report, (block, r) => checkBlock(block, r, say));
  },
};
