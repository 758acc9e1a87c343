/**
 * Name resolution: which blocks declare which names, and which attribute
 * values refer to them (docs/spec/LANGUAGE.md, "Names and references"). Names share one
 * namespace per plan. The result feeds the NAM rules, the MICIC rules
 * (covers, reaches, consular-liaison…) and the editor's navigation.
 */
import { attributesOf, BlockMemo, blocksOf, type Attribute, type Block, type Value } from "./ast";
import { attributeSpec, blockSpec, type DeclarationKind } from "./schema";
import type { Span } from "./text";

export interface Declaration {
  name: string;
  kind: DeclarationKind;
  block: Block;
  /** The id's span in the block header. */
  span: Span;
}

export interface Reference {
  name: string;
  span: Span;
  value: Value;
  attribute: Attribute;
  /** The kind of name the attribute takes. */
  expected: DeclarationKind;
  /** The declaration it names, of whatever kind; absent when undeclared. */
  target?: Declaration;
}

export interface Resolution {
  /** The first declaration of each name. */
  declarations: Map<string, Declaration>;
  /** Every declaration, in source order (duplicates included). */
  allDeclarations: Declaration[];
  references: Reference[];
}

const knownBlockMemo = new BlockMemo<Block[]>();
const knownChildMemo = new BlockMemo<readonly Block[]>();
const noBlocks: readonly Block[] = [];
const referenceMemo = new BlockMemo<ReferenceSite[]>();
const declarationMemo = new BlockMemo<Declaration | null>();

/** A value that names a declaration, before the name is looked up. */
interface ReferenceSite {
  value: Value;
  attribute: Attribute;
  expected: DeclarationKind;
}

/**
 * Blocks the schema knows, below and including `plan`, depth first. Several
 * rules walk them, so the list is built once per plan.
 */
export function knownBlocks(plan: Block): Block[] {
  return knownBlockMemo.of(plan, () => {
    const blocks: Block[] = [];
    collectKnown(plan, blocks);
    return blocks;
  });
}

function collectKnown(block: Block, into: Block[]): void {
  into.push(block);
  for (const child of knownChildren(block)) collectKnown(child, into);
}

/**
 * The child blocks the schema knows where they stand. Kept per block (a
 * parsed block never changes): after an edit only the blocks the edit made
 * are read again (see incremental.ts).
 */
function knownChildren(block: Block): readonly Block[] {
  return knownChildMemo.of(block, () => {
    const spec = blockSpec(block.kind.text);
    const children = blocksOf(block);
    // Most blocks have no child the schema knows: they share one empty list.
    return spec && children.length > 0 ? children.filter((child) => spec.blocks.includes(child.kind.text)) : noBlocks;
  });
}

/** The values in a block's own attributes that name a declaration; kept per block like knownChildren. */
function referenceSites(block: Block): ReferenceSite[] {
  return referenceMemo.of(block, () => {
    const sites: ReferenceSite[] = [];
    for (const member of attributesOf(block)) {
      const spec = attributeSpec(block.kind.text, member.name.text);
      if (spec?.type.kind !== "reference") continue;
      for (const value of member.values) {
        if (value.kind !== "ident") continue;
        if (spec.type.allowAll && value.text === "all") continue;
        sites.push({ value, attribute: member, expected: spec.type.target });
      }
    }
    return sites;
  });
}

/** The name a block declares, if it declares one; kept per block like knownChildren. */
function declarationOf(block: Block): Declaration | undefined {
  return (
    declarationMemo.of(block, () => {
      const spec = block.id ? blockSpec(block.kind.text) : undefined;
      return spec?.declares && block.id ? { name: block.id.text, kind: spec.declares, block, span: block.id.span } : null;
    }) ?? undefined
  );
}

export function resolve(plan: Block | undefined): Resolution {
  const declarations = new Map<string, Declaration>();
  const allDeclarations: Declaration[] = [];
  const references: Reference[] = [];
  if (!plan) return { declarations, allDeclarations, references };

  const blocks = knownBlocks(plan);
  for (const block of blocks) {
    const declaration = declarationOf(block);
    if (!declaration) continue;
    allDeclarations.push(declaration);
    if (!declarations.has(declaration.name)) declarations.set(declaration.name, declaration);
  }

  for (const block of blocks) {
    for (const { value, attribute, expected } of referenceSites(block)) {
      references.push({ name: value.text, span: value.span, value, attribute, expected, target: declarations.get(value.text) });
    }
  }
  return { declarations, allDeclarations, references };
}

/** The declarations a reference-list attribute names, of the right kind only. */
export function referencedDeclarations(
  resolution: Resolution,
  attribute: Attribute | undefined,
  kind: DeclarationKind,
): Declaration[] {
  if (!attribute) return [];
  const result: Declaration[] = [];
  for (const value of attribute.values) {
    const declaration = value.kind === "ident" ? resolution.declarations.get(value.text) : undefined;
    if (declaration?.kind === kind) result.push(declaration);
  }
  return result;
}
