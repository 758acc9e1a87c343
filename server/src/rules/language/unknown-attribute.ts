import { CleanBlocks } from "../../core/clean-blocks";
import { didYouMean } from "../../core/codes";
import type { Fix } from "../../core/finding";
import { knownBlocks } from "../../core/resolve";
import type { Rule } from "../../core/rule";
import { attributeSpec, blockSpec, blockSpecs } from "../../core/schema";
import type { Span } from "../../core/text";

function renameFixes(words: string[], span: Span): Fix[] {
  return words.map((word) => ({
    title: `Change to '${word}'`,
    edits: [{ span, newText: word }],
    // One close word is a typo to mend; a choice among several is the drafter's.
    kind: words.length === 1 ? "fix" : "suggestion",
  }));
}

/** Where a block kind may stand, for "belongs in …" messages. */
function parentsOf(kind: string): string[] {
  return [...blockSpecs.values()].filter((b) => b.blocks.includes(kind)).map((b) => b.kind);
}

const clean = new CleanBlocks();

/** SCH001: an attribute or block the schema does not know where it stands. */
export const unknownAttribute: Rule = {
  meta: {
    code: "SCH001",
    name: "unknown-attribute",
    area: "language",
    severity: "error",
    guidelines: [],
    fixable: true,
    hasSuggestions: true,
    summary: "An attribute or block the schema does not know where it stands.",
    alwaysOn: true,
    docs: {
      why: `An attribute the schema does not know is most often a typo, and a typo silently drops information: \`contcat\` is not a contact, so the plan has none. The checker names the block and suggests the closest known attribute.`,
      failing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government
    contcat: "+998 71 000 0000"
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder mes "Ministry of Emergency Situations" {
    kind: government
    contact: "+998 71 000 0000"
  }
}`,
      notes: `The fix renames the attribute to the suggestion. It is offered in the editor, not applied by \`--fix\`: a person should confirm a guess. A block in the wrong place (a \`channel\` outside \`communication\`) is reported with where it belongs.`,
    },
  },
  check({ plan, report }) {
    clean.check(knownBlocks(plan), report, (block, report) => {
      const spec = blockSpec(block.kind.text)!;
      const where = block === plan ? "the plan" : `${/^[aeiou]/.test(spec.kind) ? "an" : "a"} ${spec.kind}`;
      for (const member of block.members) {
        if (member.type === "attribute") {
          const name = member.name.text;
          if (attributeSpec(spec.kind, name)) continue;
          const suggestions = didYouMean(name, spec.attributes.map((a) => a.name));
          const asBlock = spec.blocks.includes(name)
            ? ` '${name}' is a block here: write ${name} … { … }.`
            : "";
          const hint = suggestions.length > 0 ? ` Did you mean '${suggestions[0]}'?` : "";
          report({
            message: `'${name}' is not an attribute of ${where}.${hint}${asBlock}`,
            span: member.name.span,
            fixes: renameFixes(suggestions, member.name.span),
          });
        } else {
          const kind = member.kind.text;
          if (spec.blocks.includes(kind)) continue;
          const known = blockSpec(kind);
          if (known) {
            const homes = parentsOf(kind);
            report({
              message: `a ${kind} block does not belong in ${where}: it goes in ${homes.map((h) => (h === "plan" ? "the plan" : `the ${h} section`)).join(" or ")}.`,
              span: member.kind.span,
            });
          } else {
            const suggestions = didYouMean(kind, spec.blocks);
            const hint = suggestions.length > 0 ? ` Did you mean '${suggestions[0]}'?` : "";
            report({
              message: `'${kind}' is not a kind of block the plan language knows in ${where}.${hint}`,
              span: member.kind.span,
              fixes: renameFixes(suggestions, member.kind.span),
            });
          }
        }
      }
    });
  },
};
