import { CleanBlocks } from "../../core/clean-blocks";
import { attributeOf, attributesOf, blocksOf, type Attribute, type Block } from "../../core/ast";
import { removeAttribute } from "../../core/edits";
import { knownBlocks } from "../../core/resolve";
import type { PlanDocument } from "../../core/document";
import type { Fix } from "../../core/finding";
import type { Rule } from "../../core/rule";
import { blockSpec } from "../../core/schema";

/** How many different attribute names a block uses. */
function attributeNames(block: Block): number {
  let count = 0;
  for (const attribute of attributesOf(block)) if (attributeOf(block, attribute.name.text) === attribute) count++;
  return count;
}

function repeatsASection(block: Block): boolean {
  const spec = blockSpec(block.kind.text);
  return spec !== undefined && spec.blocks.some((kind) => blockSpec(kind)?.once && blocksOf(block, kind).length > 1);
}

const clean = new CleanBlocks();

/** The values of an attribute as written, to compare two of them. */
const valuesOf = (attribute: Attribute) => attribute.values.map((v) => v.raw).join("\u0000");

/**
 * Removing a second attribute that repeats the first changes nothing the
 * plan says: a fix. Removing one whose values differ drops what the drafter
 * wrote there (the checker reads only the first, but the drafter may have
 * meant the second): a suggestion, for the drafter to merge first.
 */
function removeDuplicateFix(document: PlanDocument, first: Attribute, second: Attribute): Fix {
  const name = second.name.text;
  const edits = [removeAttribute(document, second)];
  return valuesOf(first) === valuesOf(second)
    ? { title: `Remove this second '${name}', which repeats the first`, edits, kind: "fix" }
    : { title: `Remove this second '${name}' and its other values (merge them into the first if they count)`, edits, kind: "suggestion" };
}

/**
 * SCH003: an attribute given twice in one block; the first one counts. A
 * section (evacuation, communication, …) given twice in one plan is reported
 * here too: it is the same mistake one level up, and the second is ignored
 * by every other rule.
 */
export const duplicateAttribute: Rule = {
  meta: {
    code: "SCH003",
    name: "duplicate-attribute",
    area: "language",
    severity: "warning",
    guidelines: [],
    fixable: true,
    hasSuggestions: true,
    summary: "An attribute given twice in one block, or a section given twice in one plan.",
    alwaysOn: true,
    docs: {
      why: `When an attribute is given twice in one block, only the first counts and the second is silently ignored: a drafter who adds a second \`languages\` line believes the plan says something it does not. The same holds for a section given twice.`,
      failing: `plan "Flood plan" {
  population workers "Construction workers" {
    languages: ky
    languages: ru
  }
}`,
      passing: `plan "Flood plan" {
  population workers "Construction workers" {
    languages: ky, ru
  }
}`,
      notes: `When the second attribute repeats the first word for word, removing it is a fix (\`--fix\` applies it): its whole line goes when nothing else is on it, and a comment after it stays. When its values differ, removing it drops what the drafter wrote there, so it is only a suggestion: merge its values into the first if they count.`,
    },
  },
  check({ document, plan, report }) {
    // Findings name lines (the document), but only in a block that repeats
    // something, never in one found clean.
    clean.check(knownBlocks(plan), report, (block, report) => {
      // Most blocks repeat nothing: skip them without building maps.
      if (attributesOf(block).length === attributeNames(block) && !repeatsASection(block)) return;
      const firstAttribute = new Map<string, Attribute>();
      const firstSection = new Map<string, Block>();
      for (const member of block.members) {
        if (member.type === "attribute") {
          const first = firstAttribute.get(member.name.text);
          if (!first) {
            firstAttribute.set(member.name.text, member);
            continue;
          }
          const line = document.lines.position(first.span.start).line + 1;
          report({
            message: `'${member.name.text}' is already given on line ${line}; only the first counts. Merge the values into one '${member.name.text}' and remove this one.`,
            span: member.name.span,
            related: [{ message: `first '${member.name.text}'`, span: first.name.span }],
            fixes: [removeDuplicateFix(document, first, member)],
          });
        } else if (blockSpec(member.kind.text)?.once) {
          const first = firstSection.get(member.kind.text);
          if (!first) {
            firstSection.set(member.kind.text, member);
            continue;
          }
          const line = document.lines.position(first.span.start).line + 1;
          report({
            message: `the ${member.kind.text} section is already given on line ${line}; only the first counts. Merge the two into one.`,
            span: member.kind.span,
            related: [{ message: `first ${member.kind.text} section`, span: first.kind.span }],
          });
        }
      }
    });
  },
};
