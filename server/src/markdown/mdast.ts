/**
 * Building Markdown as a syntax tree (mdast) and writing it with remark, for
 * the pages people read on GitHub: the reviewer's report and `diff`'s
 * pull-request comment. remark escapes what would break a table or a code
 * span, so the plan's words are written as they are.
 */
import type { AlignType, PhrasingContent, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

/** A table cell: plain text, or inline content (code, links, emphasis). */
export type Cell = string | PhrasingContent[];

export const text = (value: string): PhrasingContent => ({ type: "text", value });
export const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: "strong", children });
export const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: "link", url, children });
export const heading = (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): RootContent => ({ type: "heading", depth, children });
export const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: "paragraph", children });

export function row(cells: readonly Cell[]): TableRow {
  return {
    type: "tableRow",
    children: cells.map((c) => ({ type: "tableCell", children: typeof c === "string" ? (c === "" ? [] : [text(c)]) : c })),
  };
}

export function table(header: readonly Cell[], rows: readonly Cell[][], align?: AlignType[]): Table {
  return { type: "table", align: align ?? header.map(() => null), children: [row(header), ...rows.map(row)] };
}

// Tables are not padded to align their pipes: finding messages are long, and
// padding every row to the longest would make the Markdown source unreadable.
// Link definitions at the end stand on consecutive lines.
export const gfmMarkdown = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: "-",
    fences: true,
    join: [(left, right) => (left.type === "definition" && right.type === "definition" ? 0 : undefined)],
  });
