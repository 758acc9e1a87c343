/**
 * Plans embedded in Markdown: every fenced code block whose info string is
 * `micic` (```micic or ~~~micic) is a plan of its own. remark finds the
 * blocks; each is then checked through a copy of the Markdown text in which
 * everything outside the block's content is blanked out (line breaks kept).
 * Offsets, lines and columns of findings and fixes are then positions in the
 * Markdown file as they are, with no mapping to get wrong.
 */
import type { Code, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Span } from "../core/text";

export interface EmbeddedPlan {
  /** The Markdown text with everything but this block's content blanked. */
  text: string;
  /** The block's content (between the fences) in the Markdown file. */
  content: Span;
  /** The whole fenced block, fences included. */
  block: Span;
}

const parser = unified().use(remarkParse);

/** The ```micic blocks of a Markdown text, in order. */
export function embeddedPlans(markdown: string): EmbeddedPlan[] {
  const tree = parser.parse(markdown) as Root;
  const plans: EmbeddedPlan[] = [];
  visit(tree, "code", (node: Code) => {
    if (node.lang !== "micic") return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // The fence's column: container prefixes (indentation, "> ") up to it
    // are blanked on every line of the content as well.
    const lineStart = markdown.lastIndexOf("\n", start - 1) + 1;
    const prefix = start - lineStart;
    const firstBreak = markdown.indexOf("\n", start);
    if (firstBreak < 0 || firstBreak >= end) return; // a fence with no content line
    const contentStart = firstBreak + 1;
    // The closing fence is the last line of the node, unless the block ran
    // to the end of the document unclosed.
    const lastLineStart = markdown.lastIndexOf("\n", end - 1) + 1;
    const closing = markdown.slice(lastLineStart, end).trim();
    const closed = /^(?:>\s*)*(`{3,}|~{3,})\s*$/.test(closing) && lastLineStart > start;
    const contentEnd = closed ? lastLineStart : end;
    plans.push({
      text: mask(markdown, Math.min(contentStart, contentEnd), contentEnd, prefix),
      content: { start: Math.min(contentStart, contentEnd), end: contentEnd },
      block: { start, end },
    });
  });
  return plans;
}

/** Blanks everything outside [from, to), and the first `prefix` characters of each line inside. */
function mask(text: string, from: number, to: number, prefix: number): string {
  let result = "";
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      result += c;
      column = 0;
      continue;
    }
    const inside = i >= from && i < to && column >= prefix;
    result += inside ? c : " ";
    column++;
  }
  return result;
}
