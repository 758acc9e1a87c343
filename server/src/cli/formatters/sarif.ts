/**
 * `--format sarif`: a SARIF 2.1.0 log (OASIS Static Analysis Results
 * Interchange Format), the format GitHub code scanning and other viewers
 * read. One run:
 *
 * - `tool.driver` lists every rule (all of them, so `ruleIndex` is the same
 *   whatever was found) with its summary, why it exists, its documentation
 *   page as `help` (Markdown) and `helpUri`, all in the run's language
 *   (--locale: the rule's translations, its page in that language), its
 *   default level, and in
 *   `properties` its guidelines, tags and the `problem.severity` and
 *   `precision` code scanning reads;
 * - each finding is a result: `ruleId`, `ruleIndex`, `level` (error, warning,
 *   note for info), the message, where it is (1-based lines and columns in
 *   UTF-16 code units, the end exclusive, the path relative to `%SRCROOT%`,
 *   the working folder), related places, a `partialFingerprints` hash that
 *   does not depend on the line (so a finding keeps its identity when text
 *   above it changes), and its fixes as text replacements.
 */
import { pathToFileURL } from "node:url";
import type { Finding, Severity } from "../../core/finding";
import { GUIDELINES } from "../../core/guidelines";
import { PROJECT_URL } from "../../core/project";
import type { Rule } from "../../core/rule";
import { renderRuleDoc, ruleDocUrlIn } from "../../markdown/rule-docs";
import type { MessageId } from "../../messages/catalog";
import { supportedLocale, type Locale } from "../../messages/locales";
import { translator } from "../../messages/translate";
import { allRules } from "../../rules/index";
import { ruleText } from "../../rules/rule-text";
import { TOOL_NAME, oneBased, placedEdits, plainText, toolVersion, type OneBasedRange } from "./common";
import type * as Sarif from "sarif";
import { findingFingerprint } from "./fingerprint";
import type { FileResult, FormatContext, Formatter } from "./types";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
/** The key of our fingerprint in `partialFingerprints` (fingerprint.ts); bump the version if the hash changes. */
export const FINGERPRINT_KEY = "micicFinding/v3";

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const LEVEL: Record<Severity, Sarif.Result.level> = { error: "error", warning: "warning", info: "note" };
/** GitHub code scanning's severities for rules that are not security rules. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "recommendation" };

const ruleIndex = new Map(allRules.map((r, i) => [r.meta.code, i]));
const descriptors = new Map<Locale, Sarif.ReportingDescriptor[]>();

/** Each guideline's gist on a line: "Guideline 13: …", "Рекомендация 13: …". */
function guidelineLines(codes: readonly string[], locale: Locale): string {
  if (locale === "en") return codes.map((code) => GUIDELINES[code] ?? code).join("\n");
  const say = translator(locale);
  return codes
    .map((g) => {
      const label = say.t(g.startsWith("P") ? "cite.principles" : "cite.guidelines", { count: 1, numbers: g.slice(1) });
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${say.t(`guideline.${g}` as MessageId)}`;
    })
    .join("\n");
}

function ruleDescriptor(rule: Rule, locale: Locale): Sarif.ReportingDescriptor {
  const { meta } = rule;
  const page = renderRuleDoc(rule, locale);
  const said = ruleText(meta, locale);
  const why = meta.guidelines.length > 0 ? `${said.why}\n\n${guidelineLines(meta.guidelines, locale)}` : said.why;
  return {
    id: meta.code,
    name: meta.name,
    shortDescription: { text: plainText(said.summary), markdown: said.summary },
    fullDescription: { text: plainText(why), markdown: why },
    help: { text: page, markdown: page },
    helpUri: ruleDocUrlIn(meta.code, locale),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      guidelines: [...meta.guidelines],
      tags: ["micic", meta.area],
      // The language rules read the grammar: they are never wrong. The MICIC
      // rules read what the plan says, and a plan may meet a guideline in
      // words the checker cannot see.
      precision: meta.area === "language" ? "very-high" : "high",
      "problem.severity": PROBLEM_SEVERITY[meta.severity],
    },
  };
}

/** Every rule's descriptor in a language (English by default), built once per language (rendering the pages takes a moment). */
export function ruleDescriptors(locale: Locale = "en"): Sarif.ReportingDescriptor[] {
  let made = descriptors.get(locale);
  if (!made) {
    made = allRules.map((rule) => ruleDescriptor(rule, locale));
    descriptors.set(locale, made);
  }
  return made;
}

/** A relative path as a URI reference; an absolute one (another drive) as a file URI. */
function artifactLocation(path: string): Sarif.ArtifactLocation {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function region(at: OneBasedRange): Sarif.Region {
  return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

function fixes(finding: Finding, file: FileResult, location: Sarif.ArtifactLocation): Sarif.Fix[] {
  const out: Sarif.Fix[] = [];
  for (const fix of finding.fixes) {
    const placed = placedEdits(file.lines, fix);
    if (!placed || placed.length === 0) continue;
    const replacements: Sarif.Replacement[] = placed.map(({ edit, at }) => ({
      deletedRegion: { ...region(at), charOffset: edit.span.start, charLength: edit.span.end - edit.span.start },
      insertedContent: { text: edit.newText },
    }));
    out.push({
      description: { text: fix.title },
      artifactChanges: [{ artifactLocation: location, replacements }],
      properties: { kind: fix.kind },
    });
  }
  return out;
}

function results(files: readonly FileResult[]): Sarif.Result[] {
  const out: Sarif.Result[] = [];
  for (const file of files) {
    const location = artifactLocation(file.path);
    const seen = new Map<string, number>();
    for (const [at, f] of file.findings.entries()) {
      const hash = findingFingerprint(f, at, file);
      // Identical findings in one file are told apart by their order, as GitHub does.
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      const result: Sarif.Result = { ruleId: f.code, message: { text: f.message } };
      const index = ruleIndex.get(f.code);
      if (index !== undefined) result.ruleIndex = index;
      result.level = LEVEL[f.severity];
      result.locations = [{ physicalLocation: { artifactLocation: location, region: region(oneBased(f.range)) } }];
      if (f.related.length > 0) {
        result.relatedLocations = f.related.map((r, i) => ({
          id: i + 1,
          physicalLocation: { artifactLocation: location, region: region(oneBased(r.range)) },
          message: { text: r.message },
        }));
      }
      result.partialFingerprints = { [FINGERPRINT_KEY]: `${hash}:${occurrence}` };
      const fileFixes = fixes(f, file, location);
      if (fileFixes.length > 0) result.fixes = fileFixes;
      if (f.guidelines.length > 0) result.properties = { guidelines: [...f.guidelines] };
      out.push(result);
    }
  }
  return out;
}

/** The working folder as a file URI ending in "/", as SARIF wants a base. */
function folderUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}

export function sarifLog(files: readonly FileResult[], context: FormatContext): Sarif.Log {
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: toolVersion(context),
        ...(SEMVER.test(toolVersion(context)) ? { semanticVersion: toolVersion(context) } : {}),
        informationUri: PROJECT_URL,
        rules: ruleDescriptors(supportedLocale(context.locale) ?? "en"),
      },
    },
  };
  if (context.cwd !== undefined) run.originalUriBaseIds = { [SRCROOT]: { uri: folderUri(context.cwd) } };
  run.results = results(files);
  run.columnKind = "utf16CodeUnits";
  // The language the results' messages are written in (--locale): SARIF's
  // default is en-US, and a viewer shows it.
  run.language = context.locale ?? "en";
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

export const sarif: Formatter = (files, context) => JSON.stringify(sarifLog(files, context), null, 2) + "\n";
