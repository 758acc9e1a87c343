/**
 * Plans embedded in Markdown: every fenced code block whose info string is
 * `micic` (```micic or ~~~micic) is a plan of its own. markdown-it finds the
 * blocks, as CommonMark reads them (inside block quotes and lists too); they
 * are then checked in one copy of the Markdown text in which everything
 * outside their content is blanked out (line breaks kept), each block as a
 * region of that copy. Offsets, lines and columns of findings and fixes are
 * then positions in the Markdown file as they are, with no mapping to get
 * wrong; and a note with thousands of blocks costs one copy of its text,
 * not one per block.
 *
 * Only markdown-it's block parser runs (no inline parsing), and only when a
 * line of the text looks like a ```micic fence: a note with no plan costs a
 * search. remark, which read the blocks before, took 20 s and 2.4 GB on a
 * list of 140,000 items (1 MB); markdown-it takes 1.3 s and 390 MB on twice
 * that. A parser of Markdown still makes objects for every list item and
 * paragraph, so notes larger than MAX_MARKDOWN_LENGTH are not searched.
 */
import { formatCount } from "../core/text";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { Span } from "../core/text";

export interface EmbeddedBlock {
  /** The block's content (between the fences) in the Markdown file. */
  content: Span;
  /** The whole fenced block, fences included. */
  block: Span;
  /**
   * What stands before the block's text on each of its lines: the block
   * quote markers and list indentation of its containers ("> ", "   ",
   * ">   "), as a line added to the block must start; "" for a block at
   * the top level. As long as the opening fence's column: the first
   * characters of each content line, that many, are blanked in `text`.
   */
  prefix: string;
}

export interface EmbeddedBlocks {
  /**
   * The Markdown text with everything but the blocks' content blanked, and
   * the container prefixes (indentation, "> ") on the blocks' lines too. As
   * long as the Markdown, with the same line breaks. Empty when there are no
   * blocks.
   */
  text: string;
  /** The ```micic blocks, in order. */
  blocks: EmbeddedBlock[];
  /** Where each line of the text starts (the index that LineIndex would make of it). */
  lineStarts: number[];
  /** Set when the note is too large to be searched: the first line that looks like a ```micic fence, and why. */
  tooLarge?: { span: Span; message: string };
}

/**
 * The longest Markdown text searched for plans, in characters. markdown-it
 * makes objects for every block it reads: a list of 2 million characters
 * (300,000 items) costs it about 400 MB, and the plans in the note come on
 * top. A note this large is a book, not a plan's annex.
 */
export const MAX_MARKDOWN_LENGTH = 2_000_000;

/** A line that may open a ```micic fence, after any container prefix ("> ", "- ", "1. ", indentation). */
const OPENING_FENCE = /^[^\S\r\n]*(?:(?:>|[-+*]|\d{1,9}[.)])[^\S\r\n]*)*(?:`{3,}|~{3,})[^\S\r\n]*micic(?:[^\S\r\n]|$)/m;

/**
 * Block parsing only, as CommonMark defines it (the "commonmark" preset: no
 * tables or other extensions, as remark-parse). Made when a note first
 * needs it: a check of plan files never does, and making it costs the
 * command's start-up a few milliseconds.
 */
let markdownIt: MarkdownIt | undefined;

/** The ```micic blocks of a Markdown text, and the text to check them in. */
export function embeddedBlocks(markdown: string): EmbeddedBlocks {
  const candidate = OPENING_FENCE.exec(markdown);
  if (!candidate) return { text: "", blocks: [], lineStarts: [0] };
  const lineStarts = lineStartsOf(markdown);
  if (markdown.length > MAX_MARKDOWN_LENGTH) {
    const at = candidate.index + candidate[0].search(/[`~]/);
    return {
      text: "",
      blocks: [],
      lineStarts,
      tooLarge: {
        span: { start: at, end: at },
        message: `this Markdown file holds ${formatCount(markdown.length)} characters, more than the ${formatCount(MAX_MARKDOWN_LENGTH)} in which the checker looks for \`\`\`micic plans, so its plans are not checked: move them to .micic files of their own`,
      },
    };
  }

  // markdown-it reads "\n" only as a line break; its lines are ours (a
  // line ends at "\r\n", "\r" or "\n"), so its line numbers map to offsets.
  const normalized = markdown.includes("\r") ? markdown.replace(/\r\n?/g, "\n") : markdown;
  const tokens: Token[] = [];
  markdownIt ??= new MarkdownIt("commonmark");
  markdownIt.block.parse(normalized, markdownIt, {}, tokens);

  const lineEnd = (line: number): number => {
    // The end of a line, before its break.
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : markdown.length;
    if (end > lineStarts[line] && markdown.charCodeAt(end - 1) === 10) end--;
    if (end > lineStarts[line] && markdown.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  const blocks: EmbeddedBlock[] = [];
  const prefixes: number[] = [];
  for (const token of tokens) {
    if (token.type !== "fence" || !token.map || token.info.trim().split(/\s/, 1)[0] !== "micic") continue;
    const [first, after] = token.map;
    const lineStart = lineStarts[first];
    // The fence's column: container prefixes (indentation, "> ") up to it
    // are blanked on every line of the content as well.
    const prefix = markdown.slice(lineStart, lineEnd(first)).indexOf(token.markup);
    const start = lineStart + Math.max(0, prefix);
    const last = after - 1;
    const end = lineEnd(last);
    if (last === first) continue; // a fence with no content line
    // The closing fence is the last line of the block, unless the block
    // ran to the end of its container or of the document unclosed.
    const closed = /^(?:>\s*)*(`{3,}|~{3,})\s*$/.test(markdown.slice(lineStarts[last], end).trim());
    const width = Math.max(0, prefix);
    blocks.push({
      content: { start: lineStarts[first + 1], end: closed ? lineStarts[last] : end },
      block: { start, end },
      prefix: continuationPrefix(markdown.slice(lineStart, lineStart + width)),
    });
    prefixes.push(width);
  }
  if (blocks.length === 0) return { text: "", blocks, lineStarts };
  return { text: blankOutside(markdown, blocks, prefixes), blocks, lineStarts };
}

/**
 * The prefix of the lines that follow a fence, from the fence line's: block
 * quote markers stay, a list item's marker ("- ", "1. ") becomes the spaces
 * its content is indented by.
 */
function continuationPrefix(fenceLinePrefix: string): string {
  return fenceLinePrefix.replace(/[^>\s]/g, " ");
}

/** Where each line starts: after "\r\n", "\r" or "\n", as LineIndex reads them. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n?|\n/g;
  while (breaks.exec(text)) starts.push(breaks.lastIndex);
  return starts;
}

/**
 * The text with everything outside the blocks' content blanked, and the
 * first `prefixes[i]` characters of each line of block i. Built once, in
 * one pass: the blocks are in order and do not overlap.
 */
function blankOutside(text: string, blocks: readonly EmbeddedBlock[], prefixes: readonly number[]): string {
  const pieces: string[] = [];
  let at = 0;
  blocks.forEach(({ content }, i) => {
    pieces.push(blank(text.slice(at, content.start)));
    const inside = text.slice(content.start, content.end);
    pieces.push(prefixes[i] === 0 ? inside : blankLineStarts(inside, prefixes[i]));
    at = content.end;
  });
  pieces.push(blank(text.slice(at)));
  return pieces.join("");
}

/** Every character a space, but line breaks. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}

/** The first `prefix` characters of each line (the text starts a line) made spaces. */
function blankLineStarts(text: string, prefix: number): string {
  const pieces: string[] = [];
  let column = 0;
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      column = 0;
    } else if (column < prefix) {
      pieces.push(text.slice(copiedTo, i), " ");
      copiedTo = i + 1;
      column++;
    }
  }
  pieces.push(text.slice(copiedTo));
  return pieces.join("");
}
