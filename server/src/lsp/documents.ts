/**
 * The open documents, kept current with the changes the editor sends (a
 * range and the text that replaces it, since the server asks for
 * incremental sync). Each change is also told as the region it edited, so
 * a plan is reparsed from the changes themselves rather than by comparing
 * its whole text before and after.
 */
import { TextDocuments } from "vscode-languageserver/node";
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { EditedRegion } from "../core/incremental";

export function openDocuments(edited: (uri: string, region: EditedRegion) => void): TextDocuments<OpenDocument> {
  return new TextDocuments<OpenDocument>({
    create: (uri, languageId, version, text) => new OpenDocument(uri, languageId, version, text),
    update(document, changes, version) {
      // One change at a time: each range is a range of the text the change
      // before it left.
      for (const change of changes) edited(document.uri, document.apply(change));
      document.version = version;
      return document;
    },
  });
}

/**
 * An open document whose text is not copied whole at each change.
 * TextDocument.update (vscode-languageserver-textdocument) makes a new
 * string of the whole text at every change: 0.3–0.5 ms at 10,000 lines and
 * 3–6 ms at 100,000, mostly collecting the strings it leaves behind, so 100
 * changes queued in a burst held a hover behind them for 50 ms. Here the
 * text is kept as it was when last read, with one stretch of it replaced:
 * typing, a change at or next to that stretch, changes only the stretch, and
 * the text is made whole again (one copy) when it is read, by the parse of
 * a burst's last version, or when a change falls elsewhere.
 *
 * Positions, offsets and line starts follow TextDocument's rules exactly; a
 * test compares the two over random changes.
 */
export class OpenDocument implements TextDocument {
  /** The text when it was last made whole. */
  private whole: string;
  /** [start, end) of `whole` now reads `replaced`: the changes since `whole` was made. */
  private start = 0;
  private end = 0;
  private replaced = "";
  /** Where each line of the current text starts. */
  private lineOffsets: number[];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.whole = text;
    this.lineOffsets = lineOffsetsOf(text, 0, true);
  }

  get lineCount(): number {
    return this.lineOffsets.length;
  }

  private get length(): number {
    return this.whole.length - (this.end - this.start) + this.replaced.length;
  }

  getText(range?: Range): string {
    if (this.start !== this.end || this.replaced !== "") {
      this.whole = this.whole.slice(0, this.start) + this.replaced + this.whole.slice(this.end);
      this.start = this.end = 0;
      this.replaced = "";
    }
    return range ? this.whole.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.whole;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.lineOffsets;
    // The last line that starts at or before the offset.
    let low = 0;
    let high = lineOffsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeLineBreak(offset, lineOffsets[line]) - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.lineOffsets;
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  /** Applies one change from the editor; answers the region of the text it edited. */
  apply(change: TextDocumentContentChangeEvent): EditedRegion {
    if (!("range" in change) || change.range === undefined) {
      const region = { start: 0, oldEnd: this.length, newEnd: change.text.length };
      this.whole = change.text;
      this.start = this.end = 0;
      this.replaced = "";
      this.lineOffsets = lineOffsetsOf(change.text, 0, true);
      return region;
    }
    const from = this.offsetAt(change.range.start);
    const to = this.offsetAt(change.range.end);
    const start = Math.min(from, to);
    const oldEnd = Math.max(from, to);
    // The lines first, while the offsets are those of the text before.
    const startLine = this.positionAt(start).line;
    const endLine = this.positionAt(oldEnd).line;
    this.replace(start, oldEnd, change.text);

    // As TextDocument.update moves line starts: the ones the new text brings
    // replace the ones of the lines it replaced, and those after shift.
    const added = lineOffsetsOf(change.text, start, false);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) this.lineOffsets[startLine + 1 + i] = added[i];
    } else {
      this.lineOffsets = this.lineOffsets.slice(0, startLine + 1).concat(added, this.lineOffsets.slice(endLine + 1));
    }
    const growth = change.text.length - (oldEnd - start);
    if (growth !== 0) {
      for (let i = startLine + 1 + added.length; i < this.lineOffsets.length; i++) this.lineOffsets[i] += growth;
    }
    return { start, oldEnd, newEnd: start + change.text.length };
  }

  /** Replaces [start, end) of the current text by `text`. */
  private replace(start: number, end: number, text: string): void {
    // The replaced stretch, in offsets of the current text.
    const stretchStart = this.start;
    const stretchEnd = this.start + this.replaced.length;
    const pending = this.start !== this.end || this.replaced !== "";
    if (pending && (end < stretchStart || start > stretchEnd)) this.getText(); // elsewhere: made whole first
    if (this.start === this.end && this.replaced === "") {
      this.start = start;
      this.end = end;
      this.replaced = text;
      return;
    }
    // At or next to the stretch, which grows to hold the change.
    const newEnd = end <= stretchEnd ? this.end : this.end + (end - stretchEnd);
    this.replaced = this.replaced.slice(0, Math.max(0, start - stretchStart)) + text + this.replaced.slice(Math.min(this.replaced.length, end - stretchStart));
    this.start = Math.min(start, stretchStart);
    this.end = newEnd;
  }

  private charCodeAt(offset: number): number {
    if (offset < this.start) return this.whole.charCodeAt(offset);
    const intoReplaced = offset - this.start;
    if (intoReplaced < this.replaced.length) return this.replaced.charCodeAt(intoReplaced);
    return this.whole.charCodeAt(this.end + intoReplaced - this.replaced.length);
  }

  /** An offset moved back to before the line break it stands in or after (as TextDocument does). */
  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

const isLineBreak = (code: number) => code === 13 || code === 10;

/** Where the lines of `text` start, as offsets from `at` (with the first line's when `first`). */
function lineOffsetsOf(text: string, at: number, first: boolean): number[] {
  const offsets = first ? [at] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    offsets.push(at + i + 1);
  }
  return offsets;
}
