/**
 * `--format github`: one GitHub Actions workflow command per finding, which
 * the runner turns into an annotation on the file and line in the pull
 * request and the run's summary:
 *
 *   ::warning file=plans/a.micic,line=3,col=5,endLine=3,endColumn=12,title=EVAC005 (evacuation-documents)::message
 *
 * error → `::error`, warning → `::warning`, info → `::notice`. Lines and
 * columns are 1-based, the end column exclusive. The runner rejects an
 * annotation with `col`/`endColumn` when `line` and `endLine` differ, so a
 * finding over several lines gives its lines only. Data is escaped as the
 * runner unescapes it (`%`, CR, LF); property values also escape `:` and `,`.
 * Paths are relative to the working folder: run the check from the
 * repository's root.
 */
import type { Severity } from "../../core/finding";
import { oneBased } from "./common";
import type { Formatter } from "./types";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Escapes a command's message, as @actions/core's `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value, as @actions/core's `escapeProperty`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const at = oneBased(f.range);
      const properties: [string, string | number][] = [["file", result.path], ["line", at.line]];
      if (at.line === at.endLine) properties.push(["col", at.column], ["endLine", at.endLine], ["endColumn", Math.max(at.endColumn, at.column)]);
      else properties.push(["endLine", at.endLine]);
      properties.push(["title", `${f.code} (${f.rule})`]);
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
    }
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
};
