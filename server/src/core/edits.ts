/**
 * Building fixes as text edits that respect the file: its indentation, its
 * line endings, one-line blocks, and comments (a fix never removes a comment).
 */
import type { Attribute, Block, Member } from "./ast";
import type { PlanDocument } from "./document";
import type { TextEdit } from "./finding";

/** The whitespace at the start of the line holding `offset`. */
export function indentationOf(document: PlanDocument, offset: number): string {
  const { lines, text } = document;
  const line = lines.position(offset).line;
  const start = lines.lineStarts[line];
  return text.slice(start, Math.min(leadingSpaceEnd(text, start), lines.lineEndWithoutBreak(line)));
}

/**
 * Where the white space that starts at `offset` ends (line breaks end it).
 * Reads only that white space, not the rest of the line: fixes ask this of
 * lines that may be megabytes long.
 */
function leadingSpaceEnd(text: string, offset: number): number {
  LEADING_SPACE.lastIndex = offset;
  LEADING_SPACE.test(text);
  return LEADING_SPACE.lastIndex;
}

const indentUnits = new WeakMap<PlanDocument, string>();

/** The file's indentation unit: the smallest indentation any line uses. */
export function indentUnit(document: PlanDocument): string {
  let unit = indentUnits.get(document);
  if (unit === undefined) {
    unit = findIndentUnit(document);
    indentUnits.set(document, unit);
  }
  return unit;
}

/**
 * The smallest indentation of any line of the plan that holds something,
 * or a tab if a line is indented with one. Reads the text in place: this
 * runs once per document, which in the editor is once per keystroke. Only
 * the plan's own lines: a Markdown file's plans share one text, and each
 * reading all of it would make a file of many plans cost their square.
 */
function findIndentUnit(document: PlanDocument): string {
  const { text, lines, region, plan } = document;
  const first = region ? lines.position(region.start).line : 0;
  const last = region ? lines.position(region.end).line : lines.lineCount - 1;
  // Indentation counts from the plan's own column: in a Markdown block
  // quote or list item the plan starts indented (the container's columns,
  // blanked), and that is not a unit of its nesting.
  const base = plan && startsLine(document, plan.kind.span.start) ? plan.kind.span.start - lines.lineStarts[lines.position(plan.kind.span.start).line] : 0;
  let best = -1;
  let bestStart = 0;
  for (let line = first; line <= last; line++) {
    const start = lines.lineStarts[line];
    const end = lines.lineEndWithoutBreak(line);
    const i = Math.min(leadingSpaceEnd(text, start), end);
    if (i === start || i === end || i - start <= base) continue;
    if (text.charCodeAt(start + base) === 9 /* \t */) return "\t";
    if (best < 0 || i - start - base < best) {
      best = i - start - base;
      bestStart = start + base;
    }
  }
  return best < 0 ? "  " : text.slice(bestStart, bestStart + best);
}

/** White space as trimStart sees it, but no line break: a line's indentation, matched where lastIndex stands. */
const LEADING_SPACE = /[^\S\r\n]*/y;

/** Whether only white space stands between the start of its line and `offset`. */
function startsLine(document: PlanDocument, offset: number): boolean {
  const { lines, text } = document;
  return leadingSpaceEnd(text, lines.lineStarts[lines.position(offset).line]) >= offset;
}

function sameLine(document: PlanDocument, a: number, b: number): boolean {
  return document.lines.position(a).line === document.lines.position(b).line;
}

/** Offset of the end of the line holding `offset`, before its line break. */
function lineEnd(document: PlanDocument, offset: number): number {
  return document.lines.lineEndWithoutBreak(document.lines.position(offset).line);
}

/** The indentation members of `block` use (or should use). */
export function memberIndentation(document: PlanDocument, block: Block): string {
  for (const member of block.members) {
    const start = member.type === "block" ? member.kind.span.start : member.name.span.start;
    if (startsLine(document, start)) return indentationOf(document, start);
  }
  return indentationOf(document, block.kind.span.start) + indentUnit(document);
}

/**
 * An edit that inserts `lines` (one member, possibly several lines, written
 * with relative indentation and "\n") into `block`: after `after` when given,
 * otherwise after the block's last attribute (attributes before blocks, as
 * drafters write them), otherwise at the start of the block. Undefined when
 * the block has no braces to insert between.
 */
export function insertMember(
  document: PlanDocument,
  block: Block,
  lines: string,
  after?: Member,
): TextEdit | undefined {
  if (!block.open || !block.close) return undefined;
  const eol = document.lines.eol;

  if (sameLine(document, block.open.start, block.close.start)) {
    // One-line block: keep it on one line.
    const inline = lines.split("\n").map((l) => l.trim()).join(" ");
    const before = document.text[block.close.start - 1];
    const spaced = before === " " || before === "\t" ? `${inline} ` : ` ${inline} `;
    return { span: { start: block.close.start, end: block.close.start }, newText: spaced };
  }

  const indent = memberIndentation(document, block);
  const body = lines
    .split("\n")
    .map((l) => (l.length > 0 ? indent + l : l))
    .join(eol);

  let anchor: Member | undefined = after;
  if (!anchor) {
    const attributes = block.members.filter((m): m is Attribute => m.type === "attribute");
    anchor = attributes[attributes.length - 1];
    if (!anchor && block.members.length > 0 && lines.trimStart().match(/^[\w-]+\s*:/)) {
      // An attribute into a block holding only blocks: before the first one.
      const first = block.members[0];
      const at = first.type === "block" ? first.kind.span.start : first.name.span.start;
      if (startsLine(document, at)) {
        const lineStart = document.lines.lineStarts[document.lines.position(at).line];
        return { span: { start: lineStart, end: lineStart }, newText: body + eol };
      }
    }
    if (!anchor && block.members.length > 0 && !lines.trimStart().match(/^[\w-]+\s*:/)) {
      anchor = block.members[block.members.length - 1];
    }
  }
  // After the anchor's line (past any comment that ends it), or after `{`.
  const from = anchor ? anchor.span.end : block.open.end;
  if (!sameLine(document, from, block.close.start)) {
    const at = lineEnd(document, from);
    return { span: { start: at, end: at }, newText: eol + body };
  }
  // The anchor shares its line with the closing brace: break the line there.
  const closeIndent = indentationOf(document, block.kind.span.start);
  return {
    span: { start: from, end: block.close.start },
    newText: eol + body + eol + closeIndent,
  };
}

/**
 * An edit that removes an attribute. Its whole line goes when nothing else is
 * on it; a comment after it stays; on a shared line only the attribute and
 * the space before it go.
 */
export function removeAttribute(document: PlanDocument, attribute: Attribute): TextEdit {
  const { start, end } = attribute.span;
  const text = document.text;
  const lineEndAt = lineEnd(document, end);
  const rest = text.slice(end, lineEndAt);
  const aloneBefore = startsLine(document, start);
  if (aloneBefore && rest.trim() === "") {
    const line = document.lines.position(start).line;
    const lineStart = document.lines.lineStarts[line];
    const endLine = document.lines.position(end).line;
    const nextLineStart =
      endLine + 1 < document.lines.lineCount ? document.lines.lineStarts[endLine + 1] : text.length;
    return { span: { start: lineStart, end: nextLineStart }, newText: "" };
  }
  // Take the white space before the attribute with it, unless it starts its
  // line; then take the white space after it instead.
  let from = start;
  let to = end;
  if (aloneBefore) {
    while (to < lineEndAt && (text[to] === " " || text[to] === "\t")) to++;
  } else {
    while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
  }
  return { span: { start: from, end: to }, newText: "" };
}

/**
 * An edit that removes a comment: its whole line when it stands alone,
 * otherwise the comment and the white space before it.
 */
export function removeComment(document: PlanDocument, comment: { start: number; end: number }): TextEdit {
  const text = document.text;
  if (startsLine(document, comment.start)) {
    const line = document.lines.position(comment.start).line;
    const lineStart = document.lines.lineStarts[line];
    const next = line + 1 < document.lines.lineCount ? document.lines.lineStarts[line + 1] : text.length;
    return { span: { start: lineStart, end: next }, newText: "" };
  }
  let from = comment.start;
  while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
  return { span: { start: from, end: comment.end }, newText: "" };
}

/**
 * An edit that removes one item of a comma-separated list (`EVAC010` from
 * `EVAC010, COMM010`), with the comma and space that separate it.
 */
export function removeListItem(document: PlanDocument, item: { start: number; end: number }): TextEdit {
  const text = document.text;
  let end = item.end;
  while (text[end] === " " || text[end] === "\t") end++;
  if (text[end] === ",") {
    end++;
    while (text[end] === " " || text[end] === "\t") end++;
    return { span: { start: item.start, end }, newText: "" };
  }
  let start = item.start;
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  if (text[start - 1] === ",") start--;
  return { span: { start, end: item.end }, newText: "" };
}

/**
 * Applies edits to a text. Of two that overlap, the one that starts later
 * is applied and the other skipped; of insertions at one offset, the one
 * given last comes first. The result is built once from the pieces, so its
 * cost grows with the text and the number of edits, not with their product.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  // Chosen from the end of the text, as if applied one by one from there.
  const applied: TextEdit[] = [];
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue; // overlaps one already applied: skip it
    applied.push(edit);
    limit = edit.span.start;
  }
  const pieces: string[] = [];
  let at = 0;
  for (let i = applied.length - 1; i >= 0; i--) {
    const edit = applied[i];
    pieces.push(text.slice(at, edit.span.start), edit.newText);
    at = edit.span.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

// --- Places for the drafter to fill ----------------------------------------------

/*
 * A suggestion never invents what only the drafter knows (a contact, a
 * title, who provides a service): it leaves a place to fill. Rules write
 * such places into the text they insert with textPlaceholder() (inside
 * quotes they write) or valuePlaceholder() (where a value goes, with the
 * words the drafter may choose among); the engine turns each edit that has
 * them into plain text and an editor snippet (withPlaceholders). The plain
 * text holds "…" in each place, which parses as a text and which SCH004
 * reports until it is filled; the snippet holds tab stops and choices.
 */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const CHOICE = "\uE002";
const MARK = /\uE000([tv])([^\uE001]*)\uE001/g;

/** What a placeholder holds in plain text: the ellipsis, which SCH004 reports until the drafter replaces it. */
export const PLACEHOLDER_TEXT = "…";

/** Whether a quoted text is nothing but a place left to fill ("…", or "..." as typed). */
export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === PLACEHOLDER_TEXT || trimmed === "...";
}

/** A place inside quotes the rule writes (`contact: "${textPlaceholder()}"`). */
export function textPlaceholder(): string {
  return `${OPEN}t${CLOSE}`;
}

/** A place where a value goes: a choice among `choices` in the editor; `"…"` in plain text. */
export function valuePlaceholder(choices: readonly string[] = []): string {
  return `${OPEN}v${choices.join(CHOICE)}${CLOSE}`;
}

/** A text with its places written as "…": for a fix's title, which is never a snippet. */
export function withoutPlaceholders(text: string): string {
  return hasPlaceholders(text) ? text.replace(MARK, PLACEHOLDER_TEXT) : text;
}

/** Whether a text holds a place for the drafter to fill. */
export function hasPlaceholders(text: string): boolean {
  return text.includes(OPEN);
}

/** Literal text in a snippet: `$`, `}` and `\` escaped. */
const snippetText = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);
/** A choice of a snippet: `,` and `|` escaped too. */
const snippetChoice = (text: string) => text.replace(/[$}\\,|]/g, (c) => `\\${c}`);

/**
 * An edit whose text holds placeholders as plain text ("…" in each place)
 * with the same text as an editor snippet (numbered tab stops, choices);
 * an edit without placeholders as it is.
 */
export function withPlaceholders(edit: TextEdit): TextEdit {
  if (!hasPlaceholders(edit.newText)) return edit;
  let plain = "";
  let snippet = "";
  let stop = 0;
  let last = 0;
  for (const match of edit.newText.matchAll(MARK)) {
    const literal = edit.newText.slice(last, match.index);
    plain += literal;
    snippet += snippetText(literal);
    stop++;
    const [, kind, body] = match;
    const choices = body === "" ? [] : body.split(CHOICE);
    if (kind === "t") {
      plain += PLACEHOLDER_TEXT;
      snippet += `\${${stop}:${PLACEHOLDER_TEXT}}`;
    } else {
      plain += `"${PLACEHOLDER_TEXT}"`;
      // Without choices, the quotes are part of the selected place: typing a
      // number or a date replaces them, and leaving it keeps text that parses.
      snippet += choices.length > 0 ? `\${${stop}|${choices.map(snippetChoice).join(",")}|}` : `\${${stop}:"${PLACEHOLDER_TEXT}"}`;
    }
    last = match.index + match[0].length;
  }
  const rest = edit.newText.slice(last);
  return { ...edit, newText: plain + rest, snippet: snippet + snippetText(rest) };
}
