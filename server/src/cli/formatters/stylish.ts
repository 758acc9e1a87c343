/**
 * The default, human-readable format: one line per finding,
 * `file:line:col severity message [CODE]`, which terminals and editors make
 * clickable, then a one-line summary. Colour only when asked for. Messages
 * quote the plan, and paths are what the file system holds: their control
 * characters are escaped, never sent to the terminal.
 *
 * The summary is in the user's language (--locale, or the environment's);
 * the finding lines keep English severity words, which problem matchers
 * (the editor's task, CI log parsers) read.
 */
import { createColors } from "picocolors";
import type { Severity } from "../../core/finding";
import { translator } from "../../messages/translate";
import { escapeControls } from "../terminal";
import type { Formatter } from "./types";

export const stylish: Formatter = (results, { color, locale }) => {
  const t = translator(locale ?? "en");
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
  if (total === 0) {
    lines.push(c.green(t.t("summary.clean", { files: results.length })));
  } else {
    const summary = t.t("summary.problems", { total, errors: counts.error, warnings: counts.warning, infos: counts.info, withFindings: filesWithFindings, files: results.length });
    lines.push("", counts.error > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  }
  return lines.join("\n") + "\n";
};
