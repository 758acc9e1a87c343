import { inOneScript, mixedScripts, skeleton } from "../../core/lookalike";
import type { Declaration } from "../../core/resolve";
import type { Rule } from "../../core/rule";

/**
 * NAM004: a declared name a reader cannot tell from another: it mixes
 * scripts (a Latin c in a Cyrillic мчc), or it looks like another declared
 * name letter for letter. One finding per such declaration, on its id.
 */
export const lookalikeName: Rule = {
  meta: {
    code: "NAM004",
    name: "lookalike-name",
    area: "language",
    severity: "warning",
    guidelines: [],
    fixable: false,
    hasSuggestions: false,
    summary: "A declared name that mixes scripts (a Latin letter in a Cyrillic name), or looks like another declared name.",
    docs: {
      why: `Plans are typed on Russian, Uzbek and Latin keyboards, and a letter from the wrong one is easy to miss: Cyrillic с and Latin c, Cyrillic а and Latin a look the same, yet \`мчс\` and \`мчc\` are two names to the checker, and a reference to one never finds the other. A name whose letters come from more than one script, or that looks exactly like another declared name, is reported so that every reference leads where the drafter meant.`,
      failing: `plan "Flood plan" {
  lead: мчс
  stakeholder мчc "МЧС" { kind: government  contact: "+998 71 000 0000" }
}`,
      passing: `plan "Flood plan" {
  lead: мчс
  stakeholder мчс "МЧС" { kind: government  contact: "+998 71 000 0000" }
}`,
      notes: "A name mixes scripts when its letters come from more than one of Latin, Cyrillic and Greek (digits, `_`, `-` and apostrophes belong to none); the message shows the name written in its main script. Two names look alike when Unicode's confusables data (UTS #39) gives them one skeleton. There is no fix: which spelling is meant, and which references follow, is for the drafter to settle; rename the declaration in the editor and its references follow.",
    },
  },
  check({ document, resolution, report }) {
    // Declarations by skeleton, to find the names that look like an earlier
    // one. A plan whose names are all ASCII has none that look alike.
    const allAscii = resolution.allDeclarations.every((d) => /^[\x00-\x7f]*$/.test(d.name));
    if (allAscii) return;
    const firstLooking = new Map<string, Declaration>();
    for (const declaration of resolution.allDeclarations) {
      const name = declaration.name;
      const mixed = mixedScripts(name);
      const key = skeleton(name);
      const earlier = firstLooking.get(key);
      if (!earlier) firstLooking.set(key, declaration);
      if (mixed) {
        const single = inOneScript(name, mixed);
        const like = single && single !== name ? ` It looks like '${single}', but to the checker it is another name.` : "";
        report({
          message: `The name '${name}' mixes ${mixed.main} and ${mixed.other} letters (${[...new Set(mixed.letters)].join(", ")} ${mixed.letters.length === 1 ? "is" : "are"} ${mixed.other}).${like} Write all of its letters in ${mixed.main}, so that references to it find it.`,
          span: declaration.span,
          ...(earlier && earlier.name !== name ? { related: [{ message: `'${earlier.name}' is declared here`, span: earlier.span }] } : {}),
        });
      } else if (earlier && earlier.name !== name) {
        const line = document.lines.position(earlier.span.start).line + 1;
        report({
          message: `The name '${name}' looks exactly like '${earlier.name}' (line ${line}), which is another name to the checker. Give one of them a name a reader can tell apart.`,
          span: declaration.span,
          related: [{ message: `'${earlier.name}' is declared here`, span: earlier.span }],
        });
      }
    }
  },
};
