import type { Rule } from "../../core/rule";

/** NAM003: a reference to a name of another kind (`provider: hotline`). */
export const wrongReferenceKind: Rule = {
  meta: {
    code: "NAM003",
    name: "wrong-reference-kind",
    area: "language",
    severity: "error",
    guidelines: [],
    fixable: false,
    hasSuggestions: false,
    summary: "A reference to a declared name of the wrong kind.",
    alwaysOn: true,
    docs: {
      why: `Each reference takes one kind of name: \`provider\` a stakeholder, \`to\` an assembly point, \`reaches\` a population, \`feedback\` a channel. A name of another kind means the plan links the wrong things: a hotline cannot provide health care.`,
      failing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" { kind: civil-society  contact: "1" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
  referral {
    pathway health "Emergency care" { need: health  provider: hotline }
  }
}`,
      passing: `plan "Flood plan" {
  stakeholder red_crescent "Red Crescent" { kind: civil-society  contact: "1" }
  communication {
    channel hotline "Migrant hotline" { medium: hotline }
  }
  referral {
    pathway health "Emergency care" { need: health  provider: red_crescent }
  }
}`,
    },
  },
  check({ resolution, report }) {
    for (const reference of resolution.references) {
      const target = reference.target;
      if (!target || target.kind === reference.expected) continue;
      report({
        message: `'${reference.name}' is a ${target.kind}, but '${reference.attribute.name.text}' takes the id of a ${reference.expected}.`,
        span: reference.span,
        related: [{ message: `${target.kind} '${target.name}' is declared here`, span: target.span }],
      });
    }
  },
};
