import type { Rule } from "../../core/rule";

/** SYN001: the lexer's and parser's errors, found once by parseDocument. */
export const syntax: Rule = {
  meta: {
    code: "SYN001",
    name: "syntax",
    area: "language",
    severity: "error",
    guidelines: [],
    fixable: false,
    hasSuggestions: false,
    summary: "The text does not follow the plan language's grammar.",
    alwaysOn: true,
    docs: {
      why: `Every other check reads the plan through its grammar. When the grammar is broken, the checker says exactly where and what it expected, in words a drafter understands, and still checks the rest of the file: one mistake never hides the others.`,
      failing: `plan "Flood plan" {
  country "Uzbekistan"
}`,
      passing: `plan "Flood plan" {
  country: "Uzbekistan"
}`,
      notes: `Syntax errors cannot be turned off or suppressed: until the text parses, nothing else about it is certain.`,
    },
  },
  check({ document, report }) {
    for (const problem of document.syntaxProblems) report({ message: problem.message, span: problem.span });
  },
};
