/**
 * What stands at an offset of a plan: a block's keyword, a declared name, a
 * reference, an attribute's name, a value. Hover, go to definition, rename
 * and highlights all start from here.
 */
import type { Attribute, Block, Member, Value } from "./ast";
import type { Declaration, Reference, Resolution } from "./resolve";

export type Located =
  | { kind: "block-kind"; block: Block }
  | { kind: "declaration"; block: Block; declaration: Declaration }
  | { kind: "title"; block: Block; value: Value }
  | { kind: "attribute-name"; attribute: Attribute; block: Block | null }
  | { kind: "reference"; reference: Reference; attribute: Attribute; block: Block | null }
  | { kind: "value"; value: Value; attribute: Attribute; block: Block | null };

const within = (offset: number, span: { start: number; end: number }) => offset >= span.start && offset <= span.end;

/** The innermost thing at `offset`, or undefined between things. */
export function locate(members: readonly Member[], resolution: Resolution, offset: number): Located | undefined {
  for (const member of members) {
    if (!within(offset, member.span)) continue;
    if (member.type === "block") {
      if (within(offset, member.kind.span)) return { kind: "block-kind", block: member };
      if (member.id && within(offset, member.id.span)) {
        const declaration = resolution.allDeclarations.find((d) => d.block === member);
        if (declaration) return { kind: "declaration", block: member, declaration };
      }
      if (member.title && within(offset, member.title.span)) return { kind: "title", block: member, value: member.title };
      return locate(member.members, resolution, offset);
    }
    if (within(offset, member.name.span)) return { kind: "attribute-name", attribute: member, block: member.parent };
    for (const value of member.values) {
      if (!within(offset, value.span)) continue;
      const reference = resolution.references.find((r) => r.value === value);
      if (reference) return { kind: "reference", reference, attribute: member, block: member.parent };
      return { kind: "value", value, attribute: member, block: member.parent };
    }
    return undefined;
  }
  return undefined;
}

/** The declaration a located thing names (itself, or what a reference points at). */
export function declarationOf(located: Located | undefined): Declaration | undefined {
  if (!located) return undefined;
  if (located.kind === "declaration") return located.declaration;
  if (located.kind === "reference") return located.reference.target;
  return undefined;
}

/** Every reference to a declaration, in source order. */
export function referencesTo(resolution: Resolution, declaration: Declaration): Reference[] {
  return resolution.references.filter((r) => r.target === declaration);
}
