import type { Rule } from "../../core/rule";

/** NAM001: a name declared twice; names share one namespace per plan. */
export const duplicateName: Rule = {
  meta: {
    code: "NAM001",
    name: "duplicate-name",
    area: "language",
    severity: "error",
    guidelines: [],
    fixable: false,
    hasSuggestions: false,
    summary: "A name declared twice in one plan (all kinds share one namespace).",
    alwaysOn: true,
    docs: {
      why: `Every id names one thing: references such as \`provider: red_crescent\` must lead to exactly one block. All kinds share one namespace, so a channel and a pathway cannot both be called \`hotline\`.`,
      failing: `plan "Flood plan" {
  stakeholder hotline "Ministry hotline" { kind: government  contact: "1190" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder ministry "Ministry hotline" { kind: government  contact: "1190" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
}`,
    },
  },
  check({ document, resolution, report }) {
    for (const declaration of resolution.allDeclarations) {
      const first = resolution.declarations.get(declaration.name)!;
      if (first === declaration) continue;
      const line = document.lines.position(first.span.start).line + 1;
      report({
        message: `'${declaration.name}' is already the name of a ${first.kind} (line ${line}): give this ${declaration.kind} another id, since references to '${declaration.name}' go to the first.`,
        span: declaration.span,
        related: [{ message: `'${declaration.name}' is first declared here`, span: first.span }],
      });
    }
  },
};
