/**
 * Folding ranges (blocks, runs of comments, text blocks) and selection
 * ranges (value → attribute → block → … → plan), both from the AST.
 */
import { FoldingRangeKind, type FoldingRange, type SelectionRange } from "vscode-languageserver/node";
import type { Member } from "../core/ast";
import type { Span } from "../core/text";
import { withModel, type ServerContext } from "./context";
import { planAt, type PlanModel } from "./models";

function foldingRanges(model: PlanModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const addSpan = (span: Span, kind?: FoldingRangeKind) => {
    const start = model.lines.position(span.start).line;
    const end = model.lines.position(span.end).line;
    if (end > start) ranges.push({ startLine: start, endLine: end, ...(kind ? { kind } : {}) });
  };
  const visit = (members: readonly Member[]) => {
    for (const member of members) {
      if (member.type === "block") {
        // Fold up to the line before the closing brace, so `}` stays visible.
        const start = model.lines.position(member.kind.span.start).line;
        const closeLine = member.close ? model.lines.position(member.close.start).line : model.lines.position(member.span.end).line;
        const end = member.close ? closeLine - 1 : closeLine;
        if (end > start) ranges.push({ startLine: start, endLine: end });
        visit(member.members);
      } else {
        for (const value of member.values) if (value.kind === "text") addSpan(value.span);
      }
    }
  };
  for (const plan of model.plans) {
    visit(plan.document.members);
    // Consecutive whole-line comments fold together.
    let runStart = -1;
    let runEnd = -1;
    for (const comment of plan.document.comments) {
      const line = model.lines.position(comment.span.start).line;
      if (line === runEnd + 1 && runStart >= 0) runEnd = line;
      else {
        if (runEnd > runStart && runStart >= 0) ranges.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
        runStart = runEnd = line;
      }
    }
    if (runEnd > runStart && runStart >= 0) ranges.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
  }
  return ranges;
}

/** The spans enclosing an offset, innermost first. */
function enclosingSpans(members: readonly Member[], offset: number): Span[] {
  for (const member of members) {
    if (offset < member.span.start || offset > member.span.end) continue;
    const inner: Span[] = [];
    if (member.type === "block") {
      for (const part of [member.kind.span, member.id?.span, member.title?.span]) {
        if (part && offset >= part.start && offset <= part.end) inner.push(part);
      }
      if (inner.length === 0) inner.push(...enclosingSpans(member.members, offset));
    } else {
      const value = member.values.find((v) => offset >= v.span.start && offset <= v.span.end);
      if (value) inner.push(value.span);
      else if (offset <= member.name.span.end) inner.push(member.name.span);
      if (member.values.length > 1 && value) {
        inner.push({ start: member.values[0].span.start, end: member.values[member.values.length - 1].span.end });
      }
    }
    return [...inner, member.span];
  }
  return [];
}

export function registerStructure(context: ServerContext): void {
  context.connection.onFoldingRanges(withModel(context, "folding ranges", [] as FoldingRange[], (model) => foldingRanges(model)));

  context.connection.onSelectionRanges(
    withModel(context, "selection ranges", [] as SelectionRange[], (model, params) =>
      params.positions.map((position) => {
        const offset = model.lines.offset(position);
        const plan = planAt(model, offset);
        const spans = plan ? enclosingSpans(plan.document.members, offset) : [];
        let result: SelectionRange | undefined;
        for (const span of spans.reverse()) {
          const range = model.lines.range(span);
          if (result && range.start.line === result.range.start.line && range.start.character === result.range.start.character && range.end.line === result.range.end.line && range.end.character === result.range.end.character) continue;
          result = { range, parent: result };
        }
        return result ?? { range: { start: position, end: position } };
      }),
    ),
  );
}
