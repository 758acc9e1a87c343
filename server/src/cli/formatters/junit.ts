/**
 * `--format junit`: JUnit XML, which CI systems (GitLab, Jenkins, Azure
 * Pipelines, GitHub test-report actions) show as test results.
 *
 * - one <testsuite> per checked file (name = its path);
 * - one <testcase classname="path" name="CODE rule-name"> per file and rule
 *   that reported, in rule order; a file with no finding gets one passing
 *   test case named "micic-plan", so the report shows it was checked;
 * - errors and warnings make the test case fail: one <failure> whose
 *   `message` is the first finding (and how many more), whose `type` is the
 *   highest severity, and whose text lists every finding, one a line,
 *   `path:line:column severity message`;
 * - info findings never fail a test case: they are listed the same way in its
 *   <system-out>.
 *
 * The XML is written by fast-xml-parser's builder, which escapes it; what
 * XML 1.0 forbids even escaped is dropped first, and a `message` attribute
 * is kept on one line (the failure's text has every line).
 *
 * The `errors` counts stay 0 (in JUnit they mean a test that could not run;
 * a file that cannot be read is reported on stderr instead) and `time` is 0.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { Finding, Severity } from "../../core/finding";
import { allRules, rulesByCode } from "../../rules/index";
import { TOOL_NAME, oneBased } from "./common";
import type { FileResult, Formatter } from "./types";
import { byCodeUnits } from "../../core/text";

/** Characters XML 1.0 does not allow anywhere, even escaped (lone surrogates too). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML may hold it: what XML 1.0 forbids is dropped (the builder escapes the rest). */
const xmlText = (value: string): string => value.replace(FORBIDDEN, "");

/**
 * An attribute's value on one line: a parser turns the line breaks of an
 * attribute into spaces anyway, and the whole text is in the element.
 */
const xmlAttribute = (value: string | number): string | number => (typeof value === "number" ? value : xmlText(value).replace(/\r\n|[\r\n\t]/g, " "));

/** Attributes as fast-xml-parser's builder takes them. */
function attributes(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`@_${key}`, xmlAttribute(value)]));
}

const ruleOrder = new Map(allRules.map((r, i) => [r.meta.code, i]));

function byRuleOrder(a: string, b: string): number {
  return (ruleOrder.get(a) ?? Infinity) - (ruleOrder.get(b) ?? Infinity) || byCodeUnits(a, b);
}

function listing(path: string, findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const at = oneBased(f.range);
      return `${path}:${at.line}:${at.column} ${f.severity} ${f.message}`;
    })
    .join("\n");
}

interface TestCase {
  name: string;
  failure?: { message: string; type: Severity; text: string };
  systemOut?: string;
}

function testCases(file: FileResult): TestCase[] {
  if (file.findings.length === 0) return [{ name: TOOL_NAME }];
  const byRule = new Map<string, Finding[]>();
  for (const f of file.findings) {
    const list = byRule.get(f.code) ?? [];
    list.push(f);
    byRule.set(f.code, list);
  }
  return [...byRule.keys()].sort(byRuleOrder).map((code) => {
    const findings = byRule.get(code)!;
    const name = `${code} ${findings[0].rule || rulesByCode.get(code)?.meta.name || ""}`.trim();
    const failing = findings.filter((f) => f.severity !== "info");
    const infos = findings.filter((f) => f.severity === "info");
    const testCase: TestCase = { name };
    if (failing.length > 0) {
      const first = failing[0];
      const at = oneBased(first.range);
      const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
      testCase.failure = {
        message: `${at.line}:${at.column} ${first.message}${more}`,
        type: failing.some((f) => f.severity === "error") ? "error" : "warning",
        text: listing(file.path, failing),
      };
    }
    if (infos.length > 0) testCase.systemOut = listing(file.path, infos);
    return testCase;
  });
}

export const junit: Formatter = (results) => {
  const suites = results.map((file) => ({ file, cases: testCases(file) }));
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((c) => c.failure).length, 0);
  const document = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    testsuites: {
      ...attributes({ name: TOOL_NAME, tests, failures, errors: 0, time: 0 }),
      testsuite: suites.map(({ file, cases }) => ({
        ...attributes({ name: file.path, tests: cases.length, failures: cases.filter((c) => c.failure).length, errors: 0, skipped: 0, time: 0 }),
        testcase: cases.map((c) => ({
          ...attributes({ classname: file.path, name: c.name, time: 0 }),
          ...(c.failure ? { failure: { ...attributes({ message: c.failure.message, type: c.failure.type }), "#text": xmlText(c.failure.text) } } : {}),
          ...(c.systemOut !== undefined ? { "system-out": xmlText(c.systemOut) } : {}),
        })),
      })),
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  ", suppressEmptyNode: true, processEntities: true });
  return builder.build(document) as string;
};
