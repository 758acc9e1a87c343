/**
 * Inline suppression comments (docs/spec/RULES.md, "Severity"):
 *
 *   # micic-disable-next-line EVAC005 -- screening is run by UNHCR, see annex 3
 *   # micic-disable EVAC010, COMM010 -- reason
 *
 * The first silences the named rules on the next line; the second in the
 * whole file. Rules are named by code or by name; what follows `--` is the
 * reason, for the reviewer. A suppression that silences nothing is reported
 * (SUP001), so stale ones do not pile up.
 */
import type { PlanDocument } from "./document";
import type { Span } from "./text";

export interface SuppressionTarget {
  /** The code the name stands for; undefined when no rule has that name. */
  code: string | undefined;
  written: string;
  span: Span;
  /** Language rules cannot be suppressed: such a target silences nothing. */
  suppressible: boolean;
  /** Whether it silenced at least one finding. */
  used: boolean;
}

export interface Directive {
  scope: "next-line" | "file";
  /** For `next-line`: the 0-based line it applies to. */
  line: number;
  targets: SuppressionTarget[];
  /** The comment's span, for the fix that removes it. */
  span: Span;
  reason?: string;
  /** What is wrong with the directive itself, if anything. */
  problem?: string;
}

const DIRECTIVE = /^#\s*micic-disable(-next-line)?(?=\s|$)(.*)$/;

/**
 * Reads the directives of a document. `resolveRule` turns a code or a name
 * into a code (and says whether that rule may be suppressed).
 */
export function parseDirectives(
  document: PlanDocument,
  resolveRule: (codeOrName: string) => { code: string; suppressible: boolean } | undefined,
): Directive[] {
  const directives: Directive[] = [];
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const scope = match[1] ? "next-line" : "file";
    const rest = match[2];
    const reasonAt = rest.indexOf("--");
    const list = reasonAt >= 0 ? rest.slice(0, reasonAt) : rest;
    const reason = reasonAt >= 0 ? rest.slice(reasonAt + 2).trim() : undefined;
    const listOffset = comment.span.start + comment.text.length - rest.length;
    const directive: Directive = {
      scope,
      line: document.lines.position(comment.span.start).line + 1,
      targets: [],
      span: comment.span,
      reason,
    };
    const namePattern = /[^\s,]+/g;
    let m: RegExpExecArray | null;
    while ((m = namePattern.exec(list))) {
      const span = { start: listOffset + m.index, end: listOffset + m.index + m[0].length };
      const rule = resolveRule(m[0]);
      if (!rule) {
        directive.problem = `'${m[0]}' is not a rule: name rules by code (EVAC005) or by name (evacuation-non-refoulement)`;
      } else if (!rule.suppressible) {
        directive.problem = `${rule.code} is a rule of the plan language and cannot be suppressed: correct the text instead`;
      }
      directive.targets.push({ code: rule?.code, written: m[0], span, suppressible: rule?.suppressible ?? false, used: false });
    }
    if (directive.targets.length === 0) {
      directive.problem = `Name the rules to disable: # micic-disable${scope === "next-line" ? "-next-line" : ""} EVAC005 -- reason`;
    }
    directives.push(directive);
  }
  return directives;
}

/**
 * Which findings the directives silence, asked one finding at a time as the
 * rules report them (so that silenced findings never count against the
 * file's limit of findings). Marks each target that silenced something as
 * used, for the rule that reports unused suppressions.
 */
export class Suppressions {
  private readonly fileWide = new Map<string, SuppressionTarget>();
  private readonly byLine = new Map<number, Map<string, SuppressionTarget>>();

  constructor(directives: readonly Directive[]) {
    for (const directive of directives) {
      for (const target of directive.targets) {
        if (!target.code || !target.suppressible) continue;
        if (directive.scope === "file") {
          if (!this.fileWide.has(target.code)) this.fileWide.set(target.code, target);
        } else {
          let line = this.byLine.get(directive.line);
          if (!line) this.byLine.set(directive.line, (line = new Map()));
          if (!line.has(target.code)) line.set(target.code, target);
        }
      }
    }
  }

  /** Whether a directive silences a finding of `code` that starts on `line` (0-based). */
  silences(code: string, line: number): boolean {
    const target = this.byLine.get(line)?.get(code) ?? this.fileWide.get(code);
    if (!target) return false;
    target.used = true;
    return true;
  }
}
