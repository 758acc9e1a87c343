/**
 * What the referral rules share: the pathways of the referral section, how a
 * message names a pathway and a need, whether a block gives a contact that
 * answers, and the fix that inserts a pathway skeleton for a missing need.
 */
import { attributeOf, blocksOf, type Block } from "../../core/ast";
import type { PlanDocument } from "../../core/document";
import { indentUnit, textPlaceholder } from "../../core/edits";
import type { Fix } from "../../core/finding";
import type { Resolution } from "../../core/resolve";
import { insertFix, uniqueId, word } from "../plan-model";

/**
 * Every pathway of the referral section, with or without an id: a pathway
 * whose id is missing still says which need is met (its missing id is a
 * language finding of its own).
 */
export function pathwaysOf(referral: Block): readonly Block[] {
  return blocksOf(referral, "pathway");
}

/** The needs the referral section's pathways meet. */
export function needsMet(referral: Block): Set<string> {
  const met = new Set<string>();
  for (const pathway of pathwaysOf(referral)) {
    const need = word(pathway, "need");
    if (need) met.add(need);
  }
  return met;
}

/** How a message names a pathway: by its id, else its title. */
export function pathwayLabel(pathway: Block): string {
  if (pathway.id) return `pathway ${pathway.id.text}`;
  if (pathway.title) return `pathway "${pathway.title.text}"`;
  return "a pathway";
}

/** What each need is called in a message and in an inserted pathway's title. */
export const NEED_TITLES: Readonly<Record<string, string>> = {
  health: "Health care",
  psychosocial: "Psychosocial support",
  protection: "Protection",
  "child-protection": "Child protection",
  "family-tracing": "Family tracing and reunification",
  gbv: "Response to gender-based violence",
  trafficking: "Assistance to trafficking victims",
  asylum: "Asylum and international protection",
  shelter: "Emergency shelter",
  food: "Food",
  cash: "Cash assistance",
  documentation: "Replacement of identity documents",
  legal: "Legal aid",
  return: "Return assistance",
};

/** "psychosocial support", "child protection": a need in running text. */
export function needPhrase(need: string): string {
  const title = NEED_TITLES[need] ?? need;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/**
 * Whether a block (a pathway or a stakeholder) gives a contact: a quoted
 * text that is not blank. A wrongly typed value is SCH002's business and
 * does not count as a contact that answers.
 */
export function hasContact(block: Block): boolean {
  const attribute = attributeOf(block, "contact");
  return !!attribute?.values.some((v) => (v.kind === "string" || v.kind === "text") && v.text.trim() !== "");
}

/**
 * A fix that inserts a pathway for `need` after the referral section's
 * last pathway, with a fresh id and `need:` set. It names no provider: only the
 * drafter knows who will answer, and REF002 then asks for one. The skeleton
 * references nothing, so it cannot introduce an unresolved name.
 */
export function pathwaySkeletonFix(
  document: PlanDocument,
  resolution: Resolution,
  referral: Block,
  need: string,
  options: { idBase?: string; title?: string } = {},
): Fix | undefined {
  const id = uniqueId(resolution, options.idBase ?? need.replace(/-/g, "_"));
  // The title is the drafter's to write, in the plan's own language.
  const skeleton = `pathway ${id} "${textPlaceholder()}" {\n${indentUnit(document)}need: ${need}\n}`;
  // After the last pathway, so pathways stay together below the section's attributes.
  const pathways = pathwaysOf(referral);
  return insertFix(document, referral, skeleton, options.title ?? `Add a ${need} pathway`, pathways[pathways.length - 1]);
}
