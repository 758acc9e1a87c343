/**
 * docs/reference.md: every block, attribute, value type and allowed word of
 * the plan language, generated from the schema (core/schema.ts), the one
 * source that hover, completion and validation read too. `npm run docs`
 * writes it; a test fails when it is out of date.
 */
import type { Root, RootContent, Table, TableRow } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { blockSpecs, describeType, type AttributeSpec, type BlockSpec } from "../core/schema";

const text = (value: string) => ({ type: "text" as const, value });
const code = (value: string) => ({ type: "inlineCode" as const, value });
type Inline = ReturnType<typeof text> | ReturnType<typeof code>;

function markdown(source: string): RootContent[] {
  return unified().use(remarkParse).use(remarkGfm).parse(source).children;
}

/** A table cell's content: Markdown of our own (the schema's docs use `code`). */
function cell(source: string): Inline[] {
  const [first] = markdown(source);
  return first && first.type === "paragraph" ? (first.children as Inline[]) : [text(source)];
}

function row(cells: Inline[][]): TableRow {
  return { type: "tableRow", children: cells.map((children) => ({ type: "tableCell", children })) };
}

/** How a block is written: `stakeholder ID "Name" { … }`. */
function header(spec: BlockSpec): string {
  const id = spec.id === "required" ? " ID" : "";
  const title = spec.title === "required" ? ' "Title"' : spec.title === "optional" ? ' ["Title"]' : "";
  return `${spec.kind}${id}${title} { … }`;
}

/** What an attribute takes, with its allowed words when it takes words. */
function takes(attribute: AttributeSpec): string {
  const type = attribute.type;
  if (type.kind === "word") return `${attribute.list ? "any of" : "one of"} ${type.words.map((w) => `\`${w}\``).join(", ")}`;
  return attribute.list ? `a list, each ${describeType(type)}` : describeType(type);
}

function attributeTable(spec: BlockSpec): Table {
  return {
    type: "table",
    align: [null, null, null, null],
    children: [
      row([[text("attribute")], [text("takes")], [text("expected by the rules")], [text("meaning")]]),
      ...spec.attributes.map((a) => row([[code(a.name)], cell(takes(a)), [text(a.expected ? "yes" : "")], cell(a.doc)])),
    ],
  };
}

export function referenceTree(): Root {
  const specs = [...blockSpecs.values()];
  const children: RootContent[] = [
    { type: "heading", depth: 1, children: [text("The plan language: reference")] },
    ...markdown(
      "Every block, attribute and allowed word of the plan language, generated from the schema the checker, hover and completion read (`server/src/core/schema.ts`; `npm run docs` writes this page). The syntax, the names and the choices where the language's specification is silent are in [language.md](language.md).",
    ),
    { type: "heading", depth: 2, children: [text("Blocks")] },
    {
      type: "table",
      align: [null, null, null],
      children: [
        row([[text("block")], [text("written")], [text("stands in")]]),
        ...specs.map((spec) => {
          const parents = specs.filter((p) => p.blocks.includes(spec.kind)).map((p) => p.kind);
          return row([[{ type: "link", url: `#${spec.kind}`, children: [code(spec.kind)] } as never], [code(header(spec))], [text(parents.length > 0 ? parents.join(", ") : "the file (one per file)")]]);
        }),
      ],
    },
  ];
  for (const spec of specs) {
    children.push({ type: "heading", depth: 2, children: [code(spec.kind)] });
    children.push({ type: "paragraph", children: [code(header(spec))] });
    children.push(...markdown(spec.doc));
    const facts: string[] = [];
    if (spec.declares) facts.push(`Its id declares a ${spec.declares}, which other attributes name.`);
    if (spec.once) facts.push("At most one per plan.");
    if (spec.blocks.length > 0) facts.push(`Holds the blocks ${spec.blocks.map((b) => `\`${b}\``).join(", ")}.`);
    if (facts.length > 0) children.push(...markdown(facts.join(" ")));
    if (spec.attributes.length > 0) children.push(attributeTable(spec));
  }
  return { type: "root", children };
}

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: "-", fences: true });

export function renderReference(): string {
  return processor.stringify(referenceTree());
}
