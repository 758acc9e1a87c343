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
 * Maps offsets to line/character and back. A line ends after "\n", "\r\n" or
 * a lone "\r", the same three endings VS Code and the LSP recognise, so a CRLF
 * file reports the columns an editor shows.
 */
export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
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

  /** The line break the file mostly uses, so inserted text matches it. */
  get eol(): string {
    const crlf = this.text.indexOf("\r\n");
    return crlf >= 0 ? "\r\n" : "\n";
  }
}
