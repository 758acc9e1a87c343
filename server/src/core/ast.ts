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
  /** The identifier values, worked out when first asked (see wordsOf). Internal. */
  words?: readonly string[];
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
 *
 * Most blocks are small (a population has five or six attributes), and for
 * them a scan is faster than building a Map: maps are made only for blocks
 * with many members, and only when first asked. A fresh 10,000-line plan
 * has 3,000 blocks, so what an index costs to build matters as much as what
 * a lookup costs.
 */
export interface BlockIndex {
  attributes: Attribute[];
  blocks: Block[];
  /** First attribute by name; only for blocks with many attributes. */
  firstAttribute: Map<string, Attribute> | undefined;
  /** Child blocks by kind, built when first asked. */
  blocksByKind: Map<string, Block[]> | undefined;
  /** The child blocks of each kind that declare a name (see namedBlocksOf), built when first asked. */
  namedByKind: Map<string, readonly Block[]> | undefined;
  /** What other modules derive from the block alone (see BlockMemo). */
  memos: unknown[] | undefined;
}

/** Above this many attributes, a block's attributes are looked up through a Map. */
const SCAN_LIMIT = 12;

function indexOf(block: Block): BlockIndex {
  let index = block.index;
  if (!index) {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    for (const member of block.members) {
      if (member.type === "attribute") attributes.push(member);
      else blocks.push(member);
    }
    let firstAttribute: Map<string, Attribute> | undefined;
    if (attributes.length > SCAN_LIMIT) {
      firstAttribute = new Map();
      for (const attribute of attributes) if (!firstAttribute.has(attribute.name.text)) firstAttribute.set(attribute.name.text, attribute);
    }
    index = { attributes, blocks, firstAttribute, blocksByKind: undefined, namedByKind: undefined, memos: undefined };
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
  if (kind === undefined) return index.blocks;
  if (index.blocks.length === 0) return none;
  let byKind = index.blocksByKind;
  if (!byKind) {
    byKind = new Map();
    for (const child of index.blocks) {
      const ofKind = byKind.get(child.kind.text);
      if (ofKind) ofKind.push(child);
      else byKind.set(child.kind.text, [child]);
    }
    index.blocksByKind = byKind;
  }
  return byKind.get(kind) ?? none;
}

/** The child blocks of one kind that declare a name (`population seasonal …`). Do not modify the array. */
export function namedBlocksOf(block: Block, kind: string): readonly Block[] {
  const ofKind = blocksOf(block, kind);
  if (ofKind.length === 0) return none;
  const index = indexOf(block);
  const namedByKind = (index.namedByKind ??= new Map());
  let named = namedByKind.get(kind);
  if (named === undefined) {
    named = ofKind.filter((b) => b.id !== undefined);
    namedByKind.set(kind, named);
  }
  return named;
}

/** The first attribute of that name in a block, if any. */
export function attributeOf(block: Block, name: string): Attribute | undefined {
  const index = indexOf(block);
  if (index.firstAttribute) return index.firstAttribute.get(name);
  for (const attribute of index.attributes) if (attribute.name.text === name) return attribute;
  return undefined;
}

/**
 * The words (identifier values) of the first attribute of that name; empty
 * when it is absent. Kept on the attribute: most rules ask every population
 * for its languages, statuses or vulnerabilities. Do not modify the array.
 */
export function wordsOf(block: Block, name: string): readonly string[] {
  const attribute = attributeOf(block, name);
  if (!attribute) return none;
  let words = attribute.words;
  if (words === undefined) {
    words = none;
    for (const value of attribute.values) {
      if (value.kind !== "ident") continue;
      if (words === none) words = [];
      (words as string[]).push(value.text);
    }
    attribute.words = words;
  }
  return words;
}

/**
 * A fact derived from a block and what is inside it (its declaration, the
 * names it refers to, whether a block-local rule found it clean; for the
 * plan, the blocks the schema knows, who the channels reach), kept with the
 * block. What a parsed block says never changes: after an edit only the
 * blocks the edit made are new, the plan among them, and the blocks after
 * the edit are moved where they now stand, their spans shifted in place
 * (incremental.ts). So a fact is worked out once per block, and it must
 * hold a block's spans by reference, never copies, to move with them.
 * Stored in a slot of the block's index rather than a WeakMap, which would
 * cost an entry per block in every collection.
 */
export class BlockMemo<T> {
  private static slots = 0;
  private readonly slot = BlockMemo.slots++;

  get(block: Block): T | undefined {
    return indexOf(block).memos?.[this.slot] as T | undefined;
  }

  set(block: Block, value: T): T {
    (indexOf(block).memos ??= [])[this.slot] = value;
    return value;
  }

  /** The fact for `block`, worked out by `compute` the first time it is asked for. */
  of(block: Block, compute: (block: Block) => T): T {
    const known = this.get(block);
    return known !== undefined ? known : this.set(block, compute(block));
  }
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
