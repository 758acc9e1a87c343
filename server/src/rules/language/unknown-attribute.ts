import { CleanBlocks } from "../../core/clean-blocks";
import { didYouMean } from "../../core/codes";
import type { Fix, Report } from "../../core/finding";
import { englishKeyword } from "../../core/keyword-names";
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

/**
 * A keyword typed in Russian or Uzbek (`языки:`, `tillar:`): the plan
 * language's keywords are English, and the English one is the same word in
 * its canonical spelling, so changing it is a fix.
 */
function inEnglish(word: string, english: { keyword: string; language: "ru" | "uz" }, what: "attribute" | "block", span: Span): Report {
  const language = english.language === "ru" ? "Russian" : "Uzbek";
  return {
    message: `'${word}' is the ${language} for '${english.keyword}': ${what} names are written in English in a plan, whatever language its texts are in. Did you mean '${english.keyword}'?`,
    span,
    fixes: [{ title: `Change to '${english.keyword}'`, edits: [{ span, newText: english.keyword }], kind: "fix" }],
  };
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
      notes: `When one known name is close to the misspelt one, renaming it is a fix (\`--fix\` applies it); a choice among several is a suggestion. A keyword typed in Russian or Uzbek (\`языки:\`, \`tillar:\`, \`эвакуация { … }\`) is named with its English keyword (from the table of core/keyword-names.ts), and changing it is a fix: the plan language's keywords are English whatever language its texts are in. A block in the wrong place (a \`channel\` outside \`communication\`) is reported with where it belongs.`,
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
          const english = englishKeyword(name, spec.attributes.map((a) => a.name));
          if (english) {
            report(inEnglish(name, english, "attribute", member.name.span));
            continue;
          }
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
          } else if (englishKeyword(kind, spec.blocks)) {
            report(inEnglish(kind, englishKeyword(kind, spec.blocks)!, "block", member.kind.span));
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
