/**
 * `--format json`: every file and finding as one JSON document, for scripts
 * and other tools. The shape is documented in docs/output-formats.md and
 * versioned by its `version` field: fields may be added in a minor release;
 * renaming or removing one bumps `version`. Positions are 1-based, ends
 * exclusive, columns in UTF-16 code units.
 */
import type { Finding, FixKind } from "../../core/finding";
import { TOOL_NAME, allFindings, countSeverities, placedEdits, oneBased, toolVersion, type OneBasedRange } from "./common";
import type { FileResult, Formatter } from "./types";

/** The version of the JSON shape (not of the tool). */
export const JSON_FORMAT_VERSION = 1;

export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  tool: { name: string; version: string };
  summary: { files: number; errors: number; warnings: number; infos: number };
  files: JsonFile[];
}

export interface JsonFile {
  path: string;
  findings: JsonFinding[];
}

export interface JsonFinding extends OneBasedRange {
  code: string;
  rule: string;
  severity: Finding["severity"];
  message: string;
  guidelines: string[];
  fixes: JsonFix[];
  related: JsonRelated[];
}

export interface JsonFix {
  title: string;
  kind: FixKind;
  edits: JsonEdit[];
}

export interface JsonEdit extends OneBasedRange {
  newText: string;
}

export interface JsonRelated extends OneBasedRange {
  message: string;
}

export function jsonFinding(f: Finding, file: FileResult): JsonFinding {
  const fixes: JsonFix[] = [];
  for (const fix of f.fixes) {
    const placed = placedEdits(file.lines, fix);
    if (placed) fixes.push({ title: fix.title, kind: fix.kind, edits: placed.map(({ edit, at }): JsonEdit => ({ ...at, newText: edit.newText })) });
  }
  return {
    code: f.code,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...oneBased(f.range),
    guidelines: [...f.guidelines],
    fixes,
    related: f.related.map((r) => ({ message: r.message, ...oneBased(r.range) })),
  };
}

export function jsonReport(results: readonly FileResult[], version: string): JsonReport {
  const counts = countSeverities(allFindings(results));
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: TOOL_NAME, version },
    summary: { files: results.length, errors: counts.error, warnings: counts.warning, infos: counts.info },
    files: results.map((file) => ({ path: file.path, findings: file.findings.map((f) => jsonFinding(f, file)) })),
  };
}

export const json: Formatter = (results, context) => JSON.stringify(jsonReport(results, toolVersion(context)), null, 2) + "\n";
