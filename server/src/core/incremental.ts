/**
 * Reparsing after an edit without parsing the whole file again. An edit
 * that falls inside the braces of one block directly in the plan (a
 * stakeholder, a population, a section) re-lexes and re-parses that block
 * alone; everything after it keeps its nodes, shifted by the edit's length.
 * Anything else (an edit to the plan's own attributes, across blocks, or one
 * that changes the block's braces) parses the whole file, as does a file
 * with problems outside its blocks. The result is always what
 * parseDocument would give: a property test compares the two.
 *
 * The edit is told, not found: the editor sends each change with its range
 * (the language server keeps them), so no comparison of the whole text
 * before and after is needed.
 */
import type { Block, Comment, Member } from "./ast";
import { parseDocument, parseRegion, type PlanDocument, type SyntaxProblem } from "./document";
import { LineIndex, type Span } from "./text";

/**
 * What changed between two texts: [start, oldEnd) of the text before became
 * [start, newEnd) of the text after; all before `start` and all from
 * `oldEnd` on (from `newEnd` on, after) is the same in both.
 */
export interface EditedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * One region for two edits made one after the other: `first` took text A to
 * B, `second` (in offsets of B) took B to C; the result takes A to C. It
 * covers both edits and the text between them, which is then reparsed as if
 * edited: more work when the two lie far apart, never a wrong answer.
 */
export function combineEdits(first: EditedRegion, second: EditedRegion): EditedRegion {
  // Both edits, as one stretch of B: [start, end).
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.newEnd, second.oldEnd);
  // B's text from `end` on is A's text from `end - growth of first`, and C's
  // from `end + growth of second`.
  return { start, oldEnd: end - (first.newEnd - first.oldEnd), newEnd: end + (second.newEnd - second.oldEnd) };
}

const inside = (span: Span, outer: Span) => span.start >= outer.start && span.end <= outer.end;

/**
 * The document for `text`, reusing what it can of `previous` (the same file
 * before `edit`). The previous document must not be used afterwards: the
 * nodes it shares with the new one have moved.
 */
export function reparseDocument(previous: PlanDocument, text: string, edit: EditedRegion): PlanDocument {
  if (edit.start === edit.oldEnd && edit.start === edit.newEnd) return previous;
  return reparseBlock(previous, text, edit) ?? parseDocument(text);
}

function reparseBlock(previous: PlanDocument, text: string, { start, oldEnd, newEnd }: EditedRegion): PlanDocument | undefined {
  const plan = previous.plan;
  if (!plan || previous.members.length !== 1 || !plan.open || !plan.close || previous.closedByIndentation) return undefined;
  const delta = newEnd - oldEnd;

  // The block directly in the plan whose braces hold the whole edit.
  const index = plan.members.findIndex(
    (m) => m.type === "block" && m.open && m.close && start >= m.open.end && oldEnd <= m.close.start,
  );
  if (index < 0) return undefined;
  const old = plan.members[index] as Block;
  // Every problem must sit inside one of the plan's blocks, so that the
  // problems of the edited block can be replaced and the others kept.
  if (!previous.syntaxProblems.every((p) => plan.members.some((m) => m.type === "block" && inside(p.span, m.span)))) {
    return undefined;
  }
  // A """ that no """ closes stands alone, but the first """ after it, in
  // any block (even in a comment or a string there), would close it: with
  // one in the file, an edit anywhere may change how everything between
  // them reads.
  if (previous.syntaxProblems.some((p) => previous.text.startsWith('"""', p.span.start))) return undefined;

  const region = parseRegion(text, old.span.start, old.span.end + delta, 1);
  const fresh = region.members[0];
  if (
    region.openTextBlock ||
    // A block closed by its indentation in the region alone may close
    // elsewhere in the whole text: the plan is read whole.
    region.closedByIndentation ||
    region.members.length !== 1 ||
    fresh.type !== "block" ||
    !fresh.open ||
    !fresh.close ||
    fresh.close.end !== old.span.end + delta ||
    fresh.kind.text !== old.kind.text
  ) {
    return undefined;
  }

  // Comments and problems first: a problem may share its span object with a
  // node (a colon), and the nodes are about to be moved in place.
  const shiftAfter = <T extends { span: Span }>(items: readonly T[], replacement: T[]): T[] => {
    const result: T[] = [];
    for (const item of items) {
      // Those before the block keep their place, so they are shared as they are.
      if (item.span.end <= old.span.start) result.push(item);
      else if (item.span.start >= old.span.end) result.push({ ...item, span: { start: item.span.start + delta, end: item.span.end + delta } });
    }
    result.push(...replacement);
    return result.sort((a, b) => a.span.start - b.span.start);
  };
  const comments: Comment[] = shiftAfter(previous.comments, region.comments);
  const syntaxProblems: SyntaxProblem[] = shiftAfter(previous.syntaxProblems, region.problems);

  // The previous document is spent from here on: its later nodes move.
  for (let i = index + 1; i < plan.members.length; i++) shiftMember(plan.members[i], delta);
  const members = plan.members.slice();
  members[index] = fresh;
  const newPlan: Block = {
    ...plan,
    members,
    span: { start: plan.span.start, end: plan.span.end + delta },
    close: { start: plan.close.start + delta, end: plan.close.end + delta },
    index: undefined,
  };
  for (const member of members) member.parent = newPlan;

  const lines = LineIndex.afterEdit(previous.lines, text, start, oldEnd, newEnd);
  return { text, lines, members: [newPlan], plan: newPlan, comments, syntaxProblems };
}

function shiftSpan(span: Span, delta: number): void {
  span.start += delta;
  span.end += delta;
}

/** Moves a member and everything in it by `delta`, in place. */
function shiftMember(member: Member, delta: number): void {
  shiftSpan(member.span, delta);
  if (member.type === "attribute") {
    shiftSpan(member.name.span, delta);
    if (member.colon) shiftSpan(member.colon, delta);
    for (const value of member.values) shiftSpan(value.span, delta);
    return;
  }
  shiftSpan(member.kind.span, delta);
  if (member.id) shiftSpan(member.id.span, delta);
  if (member.title) shiftSpan(member.title.span, delta);
  if (member.open) shiftSpan(member.open, delta);
  if (member.close) shiftSpan(member.close, delta);
  for (const child of member.members) shiftMember(child, delta);
}
