/**
 * Rule documentation pages, built from each rule's metadata as an mdast tree
 * and serialised with remark: one template for every rule (summary, why, a
 * failing and a passing example, whether it has a fix or a suggestion, how to configure and
 * suppress). `npm run docs` writes them to docs/rules/; a test keeps them
 * current and runs their examples.
 */
import type { Root, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { Rule } from "../core/rule";
import { MAX_MESSAGE_LENGTH, MAX_RELATED } from "../core/finding";
import { cite, NAMED_IN_MESSAGE } from "../rules/plan-model";

const text = (value: string) => ({ type: "text" as const, value });
const code = (value: string) => ({ type: "inlineCode" as const, value });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: "heading", depth, children: [text(value)] });
const paragraph = (...children: ({ type: "text"; value: string } | { type: "inlineCode"; value: string })[]): RootContent => ({
  type: "paragraph",
  children,
});
const codeBlock = (lang: string, value: string): RootContent => ({ type: "code", lang, value: value.replace(/\n$/, "") });

function markdown(source: string): RootContent[] {
  return unified().use(remarkParse).use(remarkGfm).parse(source).children;
}

function row(cells: (string | RootContent[])[]): TableRow {
  return {
    type: "tableRow",
    children: cells.map((c) => ({
      type: "tableCell",
      children: (typeof c === "string" ? [text(c)] : c) as never,
    })),
  };
}

export function ruleDocTree(rule: Rule): Root {
  const { meta } = rule;
  const children: RootContent[] = [heading(1, `${meta.code}: ${meta.name}`), ...markdown(meta.summary)];
  const facts: Table = {
    type: "table",
    align: [null, null],
    children: [
      row(["Property", "Value"]),
      row(["Code", [code(meta.code)] as never]),
      row(["Name", [code(meta.name)] as never]),
      row(["Area", meta.area]),
      row(["Default severity", meta.severityWhen ? `${meta.severity}; ${meta.severityWhen}` : meta.severity]),
      row(["Guidelines", meta.guidelines.length > 0 ? cite(meta.guidelines) : "none (a rule of the plan language)"]),
      row(["Fix (applied by check --fix)", meta.fixable ? "yes" : "no"]),
      row(["Suggestion (offered in the editor)", meta.hasSuggestions ? "yes" : "no"]),
    ],
  };
  children.push(facts);
  children.push(heading(2, "Why"), ...markdown(meta.docs.why));
  if (meta.docs.config) {
    children.push(
      paragraph(text("The examples are checked with this "), code(".micicrc.json"), text(":")),
      codeBlock("json", JSON.stringify(meta.docs.config, null, 2)),
    );
  }
  children.push(heading(2, "Fails"), codeBlock("micic", meta.docs.failing));
  children.push(heading(2, "Passes"), codeBlock("micic", meta.docs.passing));
  if (meta.docs.notes) children.push(heading(2, "Notes"), ...markdown(meta.docs.notes));
  children.push(heading(2, "Configure"));
  if (meta.reportedByEngine) {
    children.push(
      paragraph(text("Reported by the checker itself: it cannot be turned off or suppressed, and its severity is that of the most severe finding it counts. Its limit is set in "), code(".micicrc.json"), text(":")),
      codeBlock("json", JSON.stringify({ maxFindings: 5000 }, null, 2)),
    );
  } else if (meta.alwaysOn) {
    children.push(
      paragraph(
        text("A rule of the plan language: always on, and no comment suppresses it. Its severity can be changed in "),
        code(".micicrc.json"),
        text(":"),
      ),
      codeBlock("json", JSON.stringify({ rules: { [meta.code]: "warning" } }, null, 2)),
    );
  } else {
    children.push(
      paragraph(text("Set its severity ("), code("off"), text(", "), code("info"), text(", "), code("warning"), text(", "), code("error"), text(") by code or by name in "), code(".micicrc.json"), text(":")),
      codeBlock("json", JSON.stringify({ rules: { [meta.name]: "off" } }, null, 2)),
      paragraph(text("Or suppress one finding, saying why, on the line before it:")),
      codeBlock("micic", `# micic-disable-next-line ${meta.code} -- the reason, for the reviewer`),
      paragraph(text("or for the whole file, anywhere in it:")),
      codeBlock("micic", `# micic-disable ${meta.code} -- the reason, for the reviewer`),
    );
  }
  return { type: "root", children };
}

/**
 * What every rule promises, on the page a rule author reads first. The
 * bounds are checked for every rule by test/unit/bounded-findings.test.ts.
 */
const RULE_AUTHOR_CONTRACT = `A rule is one module in \`server/src/rules/<area>/\`: its metadata (code, name, severity, guidelines, whether it has a fix, the text of its page) and a \`check\` that reads the parsed plan and reports findings, with its tests beside it. Every rule keeps this contract, which a test checks for every rule on plans with hundreds of populations, pathways and channels:

- **One finding per cause.** Where one gap touches many blocks (a missing screening that many populations need), report it once and count the blocks; never once per pair of blocks. Twice the plan may give about twice the findings, never four times.
- **Messages are short.** A message names at most ${NAMED_IN_MESSAGE} items of a list drawn from the plan and counts the rest (\`listWords\` in \`plan-model.ts\` does this: "p1, p2, p3, p4, p5 and 2,345 more"), and stays under ${MAX_MESSAGE_LENGTH} characters however long the plan.
- **Related information is short.** At most ${MAX_RELATED} related places per finding.
- **The work is linear.** A check reads what each block says, not every block against every other: gather what is needed once (a map from a language to its speakers) and look it up.
- **A rule never parses text and never throws.** The engine reports a rule that throws as a finding against the rule.

The engine cuts a longer message or list should a rule not keep to these bounds, and keeps at most \`maxFindings\` findings per file (LIM001 counts the rest), but a rule that leans on that is a bug the test reports.`;

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: "-", fences: true });

export function renderRuleDoc(rule: Rule): string {
  return processor.stringify(ruleDocTree(rule));
}

/** docs/rules/README.md: every rule, one line each, linking to its page. */
export function renderRuleIndex(rules: readonly Rule[]): string {
  const table: Table = {
    type: "table",
    align: [null, null, null, null, null, null],
    children: [
      row(["Code", "Name", "Severity", "Guidelines", "Fix", "Suggestion"]),
      ...rules.map((r) =>
        row([
          [{ type: "link", url: `${r.meta.code}.md`, children: [code(r.meta.code)] }] as never,
          r.meta.name,
          r.meta.severity,
          r.meta.guidelines.join(", ") || "—",
          r.meta.fixable ? "yes" : "no",
          r.meta.hasSuggestions ? "yes" : "no",
        ]),
      ),
    ],
  };
  const root: Root = {
    type: "root",
    children: [
      heading(1, "Rules"),
      paragraph(
        text("Every rule micic-plan applies, with its default severity, the MICIC guidelines (G) and principles (P) it comes from, and whether it offers a fix. Generated by "),
        code("npm run docs"),
        text(" from the rules' metadata."),
      ),
      table,
      heading(2, "Writing a rule"),
      ...markdown(RULE_AUTHOR_CONTRACT),
    ],
  };
  return processor.stringify(root);
}
