/**
 * The default, human-readable format: one line per finding,
 * `file:line:col severity message [CODE]`, which terminals and editors make
 * clickable, then a one-line summary. Colour only when asked for. Messages
 * quote the plan, and paths are what the file system holds: their control
 * characters are escaped, never sent to the terminal.
 */
import { createColors } from "picocolors";
import type { Severity } from "../../core/finding";
import { escapeControls } from "../terminal";
import type { Formatter } from "./types";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export const stylish: Formatter = (results, { color }) => {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let filesWithFindings = 0;
  for (const result of results) {
    if (result.findings.length > 0) filesWithFindings++;
    for (const f of result.findings) {
      counts[f.severity]++;
      const where = `${escapeControls(result.path)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      // One line per finding: a message that quotes a multi-line value is made one line.
      const message = escapeControls(f.message.replace(/\s*[\r\n]+\s*/g, " "));
      lines.push(`${c.underline(where)} ${paint[f.severity](f.severity)} ${message} ${c.dim(`[${f.code}]`)}`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  const checked = plural(results.length, "file");
  if (total === 0) {
    lines.push(c.green(`✔ no problems in ${checked}`));
  } else {
    const parts = [plural(counts.error, "error"), plural(counts.warning, "warning"), `${counts.info} info`];
    const summary = `✖ ${plural(total, "problem")} (${parts.join(", ")}) in ${plural(filesWithFindings, "file")} of ${checked}`;
    lines.push("", counts.error > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  }
  return lines.join("\n") + "\n";
};
