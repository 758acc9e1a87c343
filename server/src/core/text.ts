/**
 * Positions in plan text. The core speaks offsets (UTF-16 code units, the
 * unit of JavaScript strings and of LSP's default position encoding) and
 * 0-based line/character pairs; adapters convert at the edge.
 */

/** A half-open range of offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A 0-based line and a 0-based character (UTF-16 code units) on it. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The smallest span that covers both. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

export function contains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}

/**
 * Appends to `starts` the start of every line that begins after a break whose
 * first character lies in [from, to) of `text`.
 */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  // Most files have no "\r": then the engine's own search finds each "\n",
  // several times faster than reading every character here.
  const firstReturn = text.indexOf("\r", from);
  if (firstReturn === -1 || firstReturn >= to) {
    for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Maps offsets to line/character and back. A line ends after "\n", "\r\n" or
 * a lone "\r", the same three endings VS Code and the LSP recognise, so a CRLF
 * file reports the columns an editor shows.
 */
export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  readonly lineStarts: number[];

  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? scanLineStarts(text, 0, text.length, [0]);
  }

  /**
   * The index of `text`, made from `previous` (the index of the text before
   * one edit that replaced [start, oldEnd) of it by [start, newEnd) of
   * `text`): only the edited stretch is scanned again, the line starts after
   * it are moved. Equal to `new LineIndex(text)`; a property test checks.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const before = previous.text;
    const old = previous.lineStarts;
    // Rescan from one character before the edit (a "\r" there may now be
    // followed by "\n") to one after it (a break that begins right after).
    const from = Math.max(0, start - 1);
    const to = Math.min(text.length, newEnd + 1);
    const starts: number[] = [];
    let i = 0;
    while (i < old.length && old[i] <= from) starts.push(old[i++]);
    scanLineStarts(text, from, to, starts);
    // The old line starts whose break begins after the rescanned stretch.
    const delta = newEnd - oldEnd;
    const last = starts[starts.length - 1];
    for (; i < old.length; i++) {
      const s = old[i];
      const breakStart = before.charCodeAt(s - 1) === 10 && before.charCodeAt(s - 2) === 13 ? s - 2 : s - 1;
      if (breakStart >= oldEnd + 1 && s + delta > last) starts.push(s + delta);
    }
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Binary search for the last line start <= offset.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  range(s: Span): Range {
    return { start: this.position(s.start), end: this.position(s.end) };
  }

  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    const lineEnd = this.lineEndWithoutBreak(position.line);
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  /** Offset just before the line break of `line` (or the end of the text). */
  lineEndWithoutBreak(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEndWithoutBreak(line));
  }

  private lineBreak: string | undefined;

  /**
   * The line break the file uses, so inserted text matches it: "\r\n" if
   * the file has one. Worked out once: every fix that inserts a line asks,
   * and the search may read the whole text.
   */
  get eol(): string {
    this.lineBreak ??= this.text.includes("\r\n") ? "\r\n" : "\n";
    return this.lineBreak;
  }
}

/**
 * Orders strings by UTF-16 code units: the same on every machine and in
 * every locale (reports and CI output must not change with the machine),
 * and without starting ICU's collator, which `localeCompare` does at a cost
 * of a tenth of the command line's start-up.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * 12345 → "12,345": a count as the messages write it. Written out rather
 * than with toLocaleString, whose first call starts ICU's number formatting
 * and cost every run of the command 13–16 ms.
 */
export function formatCount(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let grouped = "";
  for (let i = digits.length; i > 0; i -= 3) grouped = digits.slice(Math.max(0, i - 3), i) + (grouped ? "," + grouped : "");
  return (n < 0 ? "-" : "") + grouped;
}
