/**
 * The plan's syntax tree. The grammar is generic (blocks and attributes), so
 * the tree is too: the schema gives blocks and attributes their meaning.
 * Every node, name and value carries its exact span in the source text.
 */
import type { Span } from "./text";

export interface Name {
  text: string;
  span: Span;
}

export type ValueKind = "string" | "text" | "number" | "date" | "duration" | "ident";

export interface Value {
  type: "value";
  kind: ValueKind;
  /** The source text of the value, quotes and underscores included. */
  raw: string;
  /**
   * What the value means: a string's decoded content, an identifier's name,
   * a number's digits without underscores, a date or a duration as written.
   */
  text: string;
  span: Span;
}

export interface Attribute {
  type: "attribute";
  name: Name;
  /** Absent only when the parser recovered from a missing colon. */
  colon?: Span;
  values: Value[];
  span: Span;
  parent: Block | null;
}

export interface Block {
  type: "block";
  /** The block's keyword: `plan`, `stakeholder`, `evacuation`, … */
  kind: Name;
  /** The declared name, for blocks that declare one (`stakeholder mes`). */
  id?: Name;
  /** The quoted title (`"Ministry of Emergency Situations"`). */
  title?: Value;
  /** The `{`; absent when the parser recovered without one. */
  open?: Span;
  /** The `}`; absent when the file ended or recovery closed the block. */
  close?: Span;
  members: Member[];
  span: Span;
  parent: Block | null;
}

export type Member = Attribute | Block;

export interface Comment {
  /** The comment's text, `#` included. */
  text: string;
  span: Span;
}

export function isBlock(member: Member): member is Block {
  return member.type === "block";
}

export function isAttribute(member: Member): member is Attribute {
  return member.type === "attribute";
}

/** The attributes of a block, in source order. */
export function attributesOf(block: Block): Attribute[] {
  return block.members.filter(isAttribute);
}

/** The child blocks of a block, in source order, optionally of one kind. */
export function blocksOf(block: Block, kind?: string): Block[] {
  return block.members.filter(
    (m): m is Block => m.type === "block" && (kind === undefined || m.kind.text === kind),
  );
}

/** The first attribute of that name in a block, if any. */
export function attributeOf(block: Block, name: string): Attribute | undefined {
  for (const member of block.members) {
    if (member.type === "attribute" && member.name.text === name) return member;
  }
  return undefined;
}

/** Every block in the tree, depth first, parents before children. */
export function* walkBlocks(members: readonly Member[]): Generator<Block> {
  for (const member of members) {
    if (member.type === "block") {
      yield member;
      yield* walkBlocks(member.members);
    }
  }
}
