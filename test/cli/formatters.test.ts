/**
 * The output formats (server/src/cli/formatters/), run on the findings of
 * real plans: the samples and a draft with a syntax error, fixes, text
 * outside the Basic Multilingual Plane and a finding over several lines.
 * Every SARIF log produced here is validated against the OASIS 2.1.0 schema;
 * JUnit is parsed back as XML; GitHub commands are unescaped back; JSON is
 * checked field by field, and against the example in docs/output-formats.md.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { checkText } from "../helpers/checker";
import type { Finding, Severity } from "../../server/src/core/finding";
import { ruleDocUrl } from "../../server/src/core/project";
import { LineIndex, type Span } from "../../server/src/core/text";
import { github, escapeData, escapeProperty } from "../../server/src/cli/formatters/github";
import { formatters } from "../../server/src/cli/formatters/index";
import { json } from "../../server/src/cli/formatters/json";
import { junit } from "../../server/src/cli/formatters/junit";
import { FINGERPRINT_KEY, SARIF_SCHEMA, sarif } from "../../server/src/cli/formatters/sarif";
import type { FileResult, FormatContext } from "../../server/src/cli/formatters/types";
import { renderRuleDoc } from "../../server/src/markdown/rule-docs";
import { allRules } from "../../server/src/rules/index";
import { TODAY, repoRoot, sampleFiles } from "../helpers/plan";

const CWD = repoRoot;
const VERSION = "1.2.3-test";
const context: FormatContext = { color: false, version: VERSION, cwd: CWD };
const DRAFT_PATH = "test/fixtures/formatters/draft.micic";
const draftText = readFileSync(path.join(repoRoot, DRAFT_PATH), "utf8");

function result(filePath: string, text: string): FileResult {
  return { path: filePath, findings: checkText(text, { today: TODAY }).findings, lines: new LineIndex(text) };
}

const texts = new Map<string, string>([
  ...sampleFiles().map((s): [string, string] => [`samples/${s.name}`, s.text]),
  [DRAFT_PATH, draftText],
]);
const results: FileResult[] = [...texts].map(([p, text]) => result(p, text));
const draft = results.find((r) => r.path === DRAFT_PATH)!;
const clean = results.find((r) => r.findings.length === 0)!;
const allFindings = results.flatMap((r) => r.findings);

/** A finding made by hand, for what real plans never say (line breaks, %, XML's forbidden characters). */
function synthetic(message: string, severity: Severity = "warning", code = "EVAC005"): Finding {
  const rule = allRules.find((r) => r.meta.code === code)!;
  return {
    code,
    rule: rule.meta.name,
    severity,
    message,
    span: { start: 0, end: 4 },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
    guidelines: [...rule.meta.guidelines],
    fixes: [],
    related: [],
  };
}

function applyBySpan(text: string, edits: readonly { span: Span; newText: string }[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

/** Applies edits given as 1-based line/column ranges, counting lines and UTF-16 columns independently of LineIndex. */
function applyByLines(text: string, edits: readonly { line: number; column: number; endLine: number; endColumn: number; newText: string }[]): string {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index! + m[0].length);
  const offset = (line: number, column: number) => lineStarts[line - 1] + column - 1;
  const spans = edits.map((e) => ({ span: { start: offset(e.line, e.column), end: offset(e.endLine, e.endColumn) }, newText: e.newText }));
  return applyBySpan(text, spans);
}

describe("output formats", () => {
  it("has one module per format, registered by name and loaded when asked for", async () => {
    assert.deepEqual([...formatters.keys()].sort(), ["github", "gitlab", "json", "junit", "sarif", "stylish"]);
    assert.equal(await formatters.get("json")!(), json, "json");
    assert.equal(await formatters.get("sarif")!(), sarif, "sarif");
    assert.equal(await formatters.get("junit")!(), junit, "junit");
    assert.equal(await formatters.get("github")!(), github, "github");
  });

  it("the fixtures give what the tests rely on", () => {
    // If a rule changes and these no longer hold, pick other fixtures: the
    // tests below would otherwise pass without testing anything.
    assert.ok(clean, "a sample without findings");
    assert.ok(draft.findings.some((f) => f.code === "SYN001"), "a syntax error");
    assert.ok(draft.findings.some((f) => f.fixes.some((x) => x.kind === "fix")), "a fix");
    assert.ok(draft.findings.some((f) => f.range.start.line !== f.range.end.line), "a finding over several lines");
    assert.ok(draft.findings.some((f) => /\n/.test(f.message)), "a message with a line break");
    assert.ok(draft.findings.some((f) => f.range.start.line === 3 && f.range.start.character < draftText.split("\n")[3].indexOf("🌊")), "a finding over an astral character");
    assert.ok(allFindings.some((f) => f.related.length > 0), "related locations");
    for (const severity of ["error", "warning", "info"] as const) assert.ok(allFindings.some((f) => f.severity === severity), severity);
  });

  describe("json", () => {
    const output = json(results, context);
    const report = JSON.parse(output);

    it("is one JSON document, and round-trips", () => {
      assert.ok(output.endsWith("}\n"), "ends with a line break");
      assert.equal(JSON.stringify(JSON.parse(JSON.stringify(report)), null, 2) + "\n", output);
    });

    it("has the documented top level: version 1, the tool, a summary and the files", () => {
      assert.deepEqual(Object.keys(report), ["version", "tool", "summary", "files"]);
      assert.equal(report.version, 1);
      assert.deepEqual(report.tool, { name: "micic-plan", version: VERSION });
      const count = (s: Severity) => allFindings.filter((f) => f.severity === s).length;
      assert.deepEqual(report.summary, { files: results.length, errors: count("error"), warnings: count("warning"), infos: count("info") });
      assert.deepEqual(report.files.map((f: { path: string }) => f.path), results.map((r) => r.path));
    });

    it("gives every finding field by field, with 1-based positions", () => {
      results.forEach((r, i) => {
        const file = report.files[i];
        assert.deepEqual(Object.keys(file), ["path", "findings"]);
        assert.equal(file.findings.length, r.findings.length);
        r.findings.forEach((f, j) => {
          const out = file.findings[j];
          assert.deepEqual(Object.keys(out), ["code", "rule", "severity", "message", "line", "column", "endLine", "endColumn", "guidelines", "fixes", "related"]);
          assert.equal(out.code, f.code);
          assert.equal(out.rule, f.rule);
          assert.equal(out.severity, f.severity);
          assert.equal(out.message, f.message);
          assert.deepEqual([out.line, out.column, out.endLine, out.endColumn], [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1]);
          assert.deepEqual(out.guidelines, f.guidelines);
          assert.equal(out.fixes.length, f.fixes.length);
          out.fixes.forEach((fix: { title: string; kind: string; edits: object[] }, k: number) => {
            assert.deepEqual(Object.keys(fix), ["title", "kind", "edits"]);
            assert.equal(fix.title, f.fixes[k].title);
            assert.equal(fix.kind, f.fixes[k].kind);
            for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ["line", "column", "endLine", "endColumn", "newText"]);
          });
          assert.deepEqual(out.related, f.related.map((rel) => ({
            message: rel.message,
            line: rel.range.start.line + 1,
            column: rel.range.start.character + 1,
            endLine: rel.range.end.line + 1,
            endColumn: rel.range.end.character + 1,
          })));
        });
      });
    });

    it("places fix edits by line and UTF-16 column exactly where their offsets are", () => {
      let checked = 0;
      results.forEach((r, i) => {
        const text = texts.get(r.path)!;
        r.findings.forEach((f, j) => {
          f.fixes.forEach((fix, k) => {
            const edits = report.files[i].findings[j].fixes[k].edits;
            assert.equal(applyByLines(text, edits), applyBySpan(text, fix.edits), `${r.path} ${f.code} ${fix.title}`);
            checked++;
          });
        });
      });
      assert.ok(checked > 20, `${checked} fixes checked`);
    });

    it("counts columns in UTF-16 code units", () => {
      const line4 = draftText.split("\n")[3];
      const title = report.files.find((f: { path: string }) => f.path === DRAFT_PATH).findings.find((f: { line: number }) => f.line === 4);
      // The finding covers the title up to its closing quote; 🌊 counts 2.
      assert.equal(title.endColumn, line4.lastIndexOf('"') + 2);
      assert.notEqual(title.endColumn, [...line4.slice(0, line4.lastIndexOf('"') + 1)].length + 1);
    });

    it("places fixes by the ranges the engine gives every edit, without the file's lines", () => {
      const withLines = JSON.parse(json([draft], context));
      const withoutLines = JSON.parse(json([{ path: draft.path, findings: draft.findings }], context));
      assert.ok(withLines.files[0].findings.some((f: { fixes: unknown[] }) => f.fixes.length > 0), "the draft has fixes");
      assert.deepEqual(withoutLines, withLines, "the same fixes, at the same places");
    });

    it("leaves fixes out when neither the edit's range nor the file's lines are known, never guessing", () => {
      const bare = draft.findings.map((f) => ({ ...f, fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(({ span, newText }) => ({ span, newText })) })) }));
      const report = JSON.parse(json([{ path: draft.path, findings: bare }], context));
      assert.ok(report.files[0].findings.every((f: { fixes: unknown[] }) => f.fixes.length === 0), "no fixes");
    });

    it("matches the example in docs/output-formats.md, key for key", () => {
      const docs = readFileSync(path.join(repoRoot, "docs", "output-formats.md"), "utf8");
      const block = /## JSON[\s\S]*?```json\n([\s\S]*?)```/.exec(docs);
      assert.ok(block, "a ```json example under ## JSON");
      const example = JSON.parse(block[1]);
      const shape = (value: unknown): unknown =>
        Array.isArray(value) ? (value.length > 0 ? [shape(value[0])] : []) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
      const withFix = report.files.find((f: { path: string }) => f.path === DRAFT_PATH);
      const sample = { ...report, files: [{ ...withFix, findings: [withFix.findings.find((f: { fixes: unknown[] }) => f.fixes.length > 0)] }] };
      const exampleShape = shape(example) as { files: { findings: { related: unknown[] }[] }[] };
      const actualShape = shape(sample) as typeof exampleShape;
      // The example shows a related place; the finding picked here has none.
      actualShape.files[0].findings[0].related = exampleShape.files[0].findings[0].related;
      assert.deepEqual(actualShape, exampleShape);
      const related = exampleShape.files[0].findings[0].related as Record<string, unknown>[];
      assert.deepEqual(Object.keys(related[0] ?? {}), ["message", "line", "column", "endLine", "endColumn"]);
    });
  });

  describe("sarif", () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, "test", "fixtures", "sarif", "sarif-schema-2.1.0.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    /* eslint-disable @typescript-eslint/no-explicit-any */
    /** Formats, then validates against the 2.1.0 schema: every SARIF log the tests make goes through here. */
    function produce(files: readonly FileResult[], ctx: FormatContext = context): any {
      const log = JSON.parse(sarif(files, ctx));
      const valid = validate(log);
      assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      return log;
    }
    let log: any;
    let run: any;
    before(() => {
      log = produce(results);
      run = log.runs[0];
    });

    it("the samples and the draft give a valid log", () => {
      assert.equal(log.runs.length, 1);
    });

    it("the schema check catches an invalid log", () => {
      // So that "valid" above means something.
      const broken = structuredClone(log);
      broken.runs[0].results[0].level = "fatal";
      delete broken.runs[0].tool.driver.name;
      assert.equal(validate(broken), false);
      assert.ok(validate.errors!.length >= 2, "both errors reported");
    });

    it("is SARIF 2.1.0 with one run by micic-plan", () => {
      assert.equal(log.$schema, SARIF_SCHEMA);
      assert.equal(log.$schema, "https://json.schemastore.org/sarif-2.1.0.json");
      assert.equal(log.version, "2.1.0");
      assert.equal(log.runs.length, 1);
      assert.equal(run.tool.driver.name, "micic-plan");
      assert.equal(run.tool.driver.version, VERSION);
      assert.match(run.tool.driver.informationUri, /^https:\/\//);
      assert.equal(run.columnKind, "utf16CodeUnits");
      assert.deepEqual(run.originalUriBaseIds, { "%SRCROOT%": { uri: pathToFileURL(CWD).href + "/" } });
      assert.equal(run.language, "en", "the messages' language");
    });

    it("names the language its messages are in, and carries them in it (--locale ru), rule ids unchanged", async () => {
      const { checkText } = await import("../../server/src/core/check");
      const text = 'plan "План" {\n  stakeholder мчс "МЧС" {\n    kind: government\n  }\n}\n';
      const findings = checkText(text, { rules: allRules, locale: "ru" }).findings;
      const ru = produce([{ path: "план.micic", findings }], { ...context, locale: "ru" }).runs[0];
      assert.equal(ru.language, "ru");
      const stk001 = ru.results.find((r: any) => r.ruleId === "STK001");
      assert.match(stk001.message.text, /^У участника мчс/);
    });

    it("lists every rule, in order, with its page and guidelines", () => {
      assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), allRules.map((r) => r.meta.code));
      allRules.forEach((rule, i) => {
        const d = run.tool.driver.rules[i];
        assert.equal(d.name, rule.meta.name);
        assert.equal(d.shortDescription.markdown, rule.meta.summary);
        assert.doesNotMatch(d.shortDescription.text, /`/);
        assert.ok(d.fullDescription.markdown.startsWith(rule.meta.docs.why), `${rule.meta.code} fullDescription`);
        assert.equal(d.help.markdown, renderRuleDoc(rule));
        assert.ok(d.help.text.length > 0, `${rule.meta.code} help.text`);
        assert.equal(d.helpUri, ruleDocUrl(rule.meta.code));
        assert.equal(d.defaultConfiguration.level, { error: "error", warning: "warning", info: "note" }[rule.meta.severity]);
        assert.deepEqual(d.properties.guidelines, rule.meta.guidelines);
        assert.deepEqual(d.properties.tags, ["micic", rule.meta.area]);
        assert.equal(d.properties["problem.severity"], { error: "error", warning: "warning", info: "recommendation" }[rule.meta.severity]);
        assert.ok(["very-high", "high"].includes(d.properties.precision));
      });
    });

    it("gives every finding as a result: rule, level, message and 1-based region", () => {
      assert.equal(run.results.length, allFindings.length);
      let n = 0;
      for (const r of results) {
        for (const f of r.findings) {
          const res = run.results[n++];
          assert.equal(res.ruleId, f.code);
          assert.equal(run.tool.driver.rules[res.ruleIndex].id, f.code);
          assert.equal(res.level, { error: "error", warning: "warning", info: "note" }[f.severity]);
          assert.equal(res.message.text, f.message);
          assert.equal(res.locations.length, 1);
          const { artifactLocation, region } = res.locations[0].physicalLocation;
          assert.deepEqual(artifactLocation, { uri: r.path, uriBaseId: "%SRCROOT%" });
          assert.deepEqual(region, {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          });
          assert.equal(res.relatedLocations?.length ?? 0, f.related.length);
          f.related.forEach((rel, i) => {
            assert.equal(res.relatedLocations[i].message.text, rel.message);
            assert.equal(res.relatedLocations[i].physicalLocation.region.startLine, rel.range.start.line + 1);
          });
        }
      }
    });

    it("gives fixes as replacements that produce the fixed text", () => {
      let checked = 0;
      let n = 0;
      for (const r of results) {
        const text = texts.get(r.path)!;
        for (const f of r.findings) {
          const res = run.results[n++];
          assert.equal(res.fixes?.length ?? 0, f.fixes.length, `${r.path} ${f.code}`);
          f.fixes.forEach((fix, k) => {
            const out = res.fixes[k];
            assert.equal(out.description.text, fix.title);
            assert.equal(out.properties.kind, fix.kind);
            assert.equal(out.artifactChanges.length, 1);
            assert.equal(out.artifactChanges[0].artifactLocation.uri, r.path);
            const edits = out.artifactChanges[0].replacements.map((rep: any) => ({
              line: rep.deletedRegion.startLine,
              column: rep.deletedRegion.startColumn,
              endLine: rep.deletedRegion.endLine,
              endColumn: rep.deletedRegion.endColumn,
              newText: rep.insertedContent.text,
            }));
            assert.equal(applyByLines(text, edits), applyBySpan(text, fix.edits));
            const byOffsets = out.artifactChanges[0].replacements.map((rep: any) => ({
              span: { start: rep.deletedRegion.charOffset, end: rep.deletedRegion.charOffset + rep.deletedRegion.charLength },
              newText: rep.insertedContent.text,
            }));
            assert.equal(applyBySpan(text, byOffsets), applyBySpan(text, fix.edits));
            checked++;
          });
        }
      }
      assert.ok(checked > 20, `${checked} fixes checked`);
    });

    it("fingerprints findings by rule, file and the text they stand on, not by line nor by the message's language", async () => {
      const fingerprints = (l: any) => l.runs[0].results.map((r: any) => r.partialFingerprints[FINGERPRINT_KEY]);
      const before = fingerprints(produce([draft]));
      assert.equal(new Set(before).size, before.length, "unique within a file");
      for (const fp of before) assert.match(fp, /^[0-9a-f]{32}:\d+$/);
      const moved = draftText.replace("\nplan ", "\n# a new comment\n\n\nplan ");
      const after = produce([result(DRAFT_PATH, moved)]);
      assert.deepEqual(fingerprints(after), before);
      assert.equal(after.runs[0].results[0].locations[0].physicalLocation.region.startLine, run.results.find((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === DRAFT_PATH).locations[0].physicalLocation.region.startLine + 3);
      // Another file, same findings: other fingerprints.
      assert.notDeepEqual(fingerprints(produce([{ ...result(DRAFT_PATH, draftText), path: "other/draft.micic" }])), before);
      // The same findings in Russian: the same fingerprints (a dismissal survives --locale).
      const { checkText } = await import("../../server/src/core/check");
      const { LineIndex } = await import("../../server/src/core/text");
      const plan = `${draftText}\n# and a stakeholder without a contact (STK001, translated)\n`.replace(/\n}\s*\n# and/, '\n  stakeholder мчс "МЧС" { kind: government }\n}\n# and');
      const inLocale = (locale: string) => produce([{ path: DRAFT_PATH, findings: checkText(plan, { rules: allRules, locale }).findings, lines: new LineIndex(plan) }]);
      const en = inLocale("en");
      const ru = inLocale("ru");
      assert.ok(ru.runs[0].results.some((r: any, i: number) => r.message.text !== en.runs[0].results[i].message.text), "some message is translated");
      assert.deepEqual(fingerprints(ru), fingerprints(en));
    });

    it("is valid with no file, without a working folder, with absolute or odd paths, and without lines", () => {
      assert.deepEqual(produce([]).runs[0].results, []);
      const noCwd = produce([clean], { color: false });
      assert.equal(noCwd.runs[0].originalUriBaseIds, undefined);
      assert.match(noCwd.runs[0].tool.driver.version, /\S/);
      const odd = produce([{ path: "plans/with space/#1 100%.micic", findings: [synthetic("odd")] }]);
      assert.equal(odd.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, "plans/with%20space/%231%20100%25.micic");
      const absolute = produce([{ path: "/elsewhere/plan.micic", findings: [synthetic("far")] }]);
      assert.deepEqual(absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: "file:///elsewhere/plan.micic" });
      const noLines = produce([{ path: draft.path, findings: draft.findings }]);
      assert.deepEqual(noLines.runs[0].results.map((r: any) => r.fixes), produce([draft]).runs[0].results.map((r: any) => r.fixes), "fixes placed by the engine's ranges");
    });
    /* eslint-enable @typescript-eslint/no-explicit-any */
  });

  describe("junit", () => {
    const output = junit(results, context);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      parseAttributeValue: false,
      parseTagValue: false,
      trimValues: false,
      // Character references (&#10; in an attribute) as any XML reader decodes them.
      htmlEntities: true,
      isArray: (name) => ["testsuite", "testcase", "failure"].includes(name),
    });
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const parse = (xml: string): any => {
      assert.equal(XMLValidator.validate(xml), true);
      return parser.parse(xml);
    };
    const doc = parse(output);
    const suites: any[] = doc.testsuites.testsuite;
    const rulesOf = (r: FileResult) => [...new Set(r.findings.map((f) => f.code))];

    it("is one <testsuites> with one <testsuite> per file", () => {
      assert.ok(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), "the XML declaration");
      assert.equal(doc.testsuites.name, "micic-plan");
      assert.deepEqual(suites.map((s) => s.name), results.map((r) => r.path));
      const tests = results.reduce((n, r) => n + Math.max(1, rulesOf(r).length), 0);
      assert.equal(doc.testsuites.tests, String(tests));
      assert.equal(doc.testsuites.errors, "0");
      const failing = results.reduce((n, r) => n + rulesOf(r).filter((c) => r.findings.some((f) => f.code === c && f.severity !== "info")).length, 0);
      assert.equal(doc.testsuites.failures, String(failing));
      assert.ok(failing > 0 && failing < tests, `${failing} failing of ${tests}`);
    });

    it("has one test case per file and rule, failing on errors and warnings and listing each", () => {
      results.forEach((r, i) => {
        const suite = suites[i];
        const cases: any[] = suite.testcase;
        assert.equal(suite.tests, String(cases.length));
        assert.equal(suite.failures, String(cases.filter((c) => c.failure).length));
        if (r.findings.length === 0) {
          assert.deepEqual(cases.map((c) => [c.classname, c.name, c.failure]), [[r.path, "micic-plan", undefined]]);
          return;
        }
        const rules = rulesOf(r);
        assert.deepEqual(
          cases.map((c) => c.name).sort(),
          rules.map((code) => `${code} ${r.findings.find((f) => f.code === code)!.rule}`).sort(),
        );
        const order = allRules.map((x) => x.meta.code);
        assert.deepEqual(cases.map((c) => order.indexOf(c.name.split(" ")[0])), [...cases.map((c) => order.indexOf(c.name.split(" ")[0]))].sort((a, b) => a - b));
        for (const c of cases) {
          assert.equal(c.classname, r.path);
          const code = c.name.split(" ")[0];
          const mine = r.findings.filter((f) => f.code === code);
          const failing = mine.filter((f) => f.severity !== "info");
          const infos = mine.filter((f) => f.severity === "info");
          const line = (f: Finding) => `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message}`;
          if (failing.length === 0) {
            assert.equal(c.failure, undefined, `${r.path} ${code} passes`);
          } else {
            assert.equal(c.failure.length, 1, "one <failure> per test case");
            const failure = c.failure[0];
            assert.equal(failure.type, failing.some((f) => f.severity === "error") ? "error" : "warning");
            assert.ok(failure.message.includes(failing[0].message), `${r.path} ${code}: ${failure.message}`);
            assert.equal(failure["#text"], failing.map(line).join("\n"));
          }
          if (infos.length === 0) assert.equal(c["system-out"], undefined);
          else assert.equal(c["system-out"], infos.map(line).join("\n"));
        }
      });
    });

    it("escapes XML and drops what XML 1.0 forbids", () => {
      const nasty = `a & b < c > d "quoted" 'single' \u0001bell\u0007 \uFFFE lone\uD800 ok 🌊 end`;
      const kept = `a & b < c > d "quoted" 'single' bell  lone ok 🌊 end`;
      const xml = junit([{ path: `dir/"a" & <b>.micic`, findings: [synthetic(nasty), synthetic("note", "info", "EVAC010")] }], context);
      const parsed = parse(xml);
      const suite = parsed.testsuites.testsuite[0];
      assert.equal(suite.name, `dir/"a" & <b>.micic`);
      const [failing, passing] = suite.testcase;
      assert.equal(failing.classname, `dir/"a" & <b>.micic`);
      assert.ok(failing.failure[0].message.endsWith(kept), failing.failure[0].message);
      assert.equal(failing.failure[0]["#text"], `dir/"a" & <b>.micic:1:1 warning ${kept}`);
      assert.equal(passing.failure, undefined);
      assert.equal(passing["system-out"], `dir/"a" & <b>.micic:1:1 info note`);
    });

    it("says so when more than one finding of a rule fails; the message attribute on one line, the text with every line", () => {
      const xml = junit([{ path: "p.micic", findings: [synthetic("first\nline"), synthetic("second", "error")] }], context);
      const failure = parse(xml).testsuites.testsuite[0].testcase[0].failure[0];
      assert.equal(failure.type, "error");
      assert.equal(failure.message, "1:1 first line (and 1 more)");
      assert.equal(failure["#text"], "p.micic:1:1 warning first\nline\np.micic:1:1 error second");
    });

    it("is a valid empty report with no file", () => {
      const parsed = parse(junit([], context));
      assert.equal(parsed.testsuites.tests, "0");
      assert.equal(parsed.testsuites.testsuite, undefined);
    });
    /* eslint-enable @typescript-eslint/no-explicit-any */
  });

  describe("github", () => {
    const output = github(results, context);
    const lines = output.split("\n").slice(0, -1);
    const COMMAND = /^::(error|warning|notice) ([^:]*)::(.*)$/;
    const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
    const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
    const properties = (props: string) => Object.fromEntries(props.split(",").map((p) => [p.slice(0, p.indexOf("=")), unescapeProperty(p.slice(p.indexOf("=") + 1))]));

    it("writes one workflow command per finding, one a line", () => {
      assert.ok(output.endsWith("\n"), "ends with a line break");
      assert.equal(lines.length, allFindings.length);
      let n = 0;
      for (const r of results) {
        for (const f of r.findings) {
          const m = COMMAND.exec(lines[n++]);
          assert.ok(m, lines[n - 1]);
          assert.equal(m[1], { error: "error", warning: "warning", info: "notice" }[f.severity]);
          const props = properties(m[2]);
          assert.equal(props.file, r.path);
          assert.equal(props.line, String(f.range.start.line + 1));
          assert.equal(props.endLine, String(f.range.end.line + 1));
          assert.equal(props.title, `${f.code} (${f.rule})`);
          if (f.range.start.line === f.range.end.line) {
            assert.deepEqual(Object.keys(props), ["file", "line", "col", "endLine", "endColumn", "title"]);
            assert.equal(props.col, String(f.range.start.character + 1));
            assert.equal(props.endColumn, String(f.range.end.character + 1));
          } else {
            // The runner drops an annotation with columns over several lines.
            assert.deepEqual(Object.keys(props), ["file", "line", "endLine", "title"]);
          }
          assert.equal(unescapeData(m[3]), f.message);
        }
      }
    });

    it("escapes a multi-line message from a real plan", () => {
      const multi = draft.findings.find((f) => f.message.includes("\n"))!;
      const line = lines.find((l) => l.includes(`line=${multi.range.start.line + 1},`) && l.includes(`title=${multi.code} `))!;
      assert.ok(line.includes("%0A"), line);
      assert.ok(!line.includes("\r"), line);
    });

    it("escapes %, line breaks, commas and colons as the runner expects", () => {
      const out = github([{ path: "plans/a,b:c%d.micic", findings: [synthetic("100% sure: a, b\r\nnext line", "info")] }], context);
      assert.equal(
        out,
        "::notice file=plans/a%2Cb%3Ac%25d.micic,line=1,col=1,endLine=1,endColumn=5,title=EVAC005 (evacuation-non-refoulement)::100%25 sure: a, b%0D%0Anext line\n",
      );
      assert.equal(escapeData("%\r\n:,"), "%25%0D%0A:,");
      assert.equal(escapeProperty("%\r\n:,"), "%25%0D%0A%3A%2C");
      // Escaping % first: "%0A" in a message must not read back as a line break.
      assert.equal(unescapeData(escapeData("literally %0A")), "literally %0A");
    });

    it("writes nothing when nothing is found", () => {
      assert.equal(github([clean], context), "");
    });
  });

  it("every format gives text for no file at all", async () => {
    for (const [name, load] of formatters) assert.equal(typeof (await load())([], context), "string", name);
  });
});
