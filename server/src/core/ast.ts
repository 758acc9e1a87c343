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
  /**
   * Lookups by name and kind, built on first use (see indexOf). Internal:
   * a field set when the node is made keeps every block the same shape for
   * V8, which makes the lookups fast; a copy of a block must reset it.
   */
  index?: BlockIndex;
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

/**
 * Lookups by name and kind are memoised per block: every rule asks for the
 * plan's populations and sections, and the plan block of a large plan has
 * thousands of members. A block's members never change once it is parsed
 * (an edit produces new blocks), so the memo cannot go stale.
 */
export interface BlockIndex {
  attributes: Attribute[];
  firstAttribute: Map<string, Attribute>;
  blocksByKind: Map<string, Block[]>;
  blocks: Block[];
  /** The child blocks of each kind that declare a name (see namedBlocksOf). */
  namedByKind: Map<string, readonly Block[]>;
  /** The identifier values of each attribute asked for (see wordsOf). */
  words: Map<string, readonly string[]>;
}

function indexOf(block: Block): BlockIndex {
  let index = block.index;
  if (!index) {
    index = { attributes: [], firstAttribute: new Map(), blocksByKind: new Map(), blocks: [], namedByKind: new Map(), words: new Map() };
    for (const member of block.members) {
      if (member.type === "attribute") {
        index.attributes.push(member);
        if (!index.firstAttribute.has(member.name.text)) index.firstAttribute.set(member.name.text, member);
      } else {
        index.blocks.push(member);
        let ofKind = index.blocksByKind.get(member.kind.text);
        if (!ofKind) index.blocksByKind.set(member.kind.text, (ofKind = []));
        ofKind.push(member);
      }
    }
    block.index = index;
  }
  return index;
}

const none: never[] = [];

/** The attributes of a block, in source order. Do not modify the array. */
export function attributesOf(block: Block): readonly Attribute[] {
  return indexOf(block).attributes;
}

/** The child blocks of a block, in source order, optionally of one kind. Do not modify the array. */
export function blocksOf(block: Block, kind?: string): readonly Block[] {
  const index = indexOf(block);
  return kind === undefined ? index.blocks : (index.blocksByKind.get(kind) ?? none);
}

/** The child blocks of one kind that declare a name (`population seasonal …`). Do not modify the array. */
export function namedBlocksOf(block: Block, kind: string): readonly Block[] {
  const index = indexOf(block);
  let named = index.namedByKind.get(kind);
  if (named === undefined) {
    named = (index.blocksByKind.get(kind) ?? none).filter((b) => b.id !== undefined);
    index.namedByKind.set(kind, named);
  }
  return named;
}

/** The first attribute of that name in a block, if any. */
export function attributeOf(block: Block, name: string): Attribute | undefined {
  return indexOf(block).firstAttribute.get(name);
}

/**
 * The words (identifier values) of the first attribute of that name; empty
 * when it is absent. Memoised: most rules ask every population for its
 * languages, statuses or vulnerabilities. Do not modify the array.
 */
export function wordsOf(block: Block, name: string): readonly string[] {
  const index = indexOf(block);
  let words = index.words.get(name);
  if (words === undefined) {
    const attribute = index.firstAttribute.get(name);
    words = none;
    if (attribute) {
      const found: string[] = [];
      for (const value of attribute.values) if (value.kind === "ident") found.push(value.text);
      if (found.length > 0) words = found;
    }
    index.words.set(name, words);
  }
  return words;
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
