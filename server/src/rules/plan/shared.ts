/**
 * What the plan, population, stakeholder, coordination and recovery rules
 * share: stakeholders by kind, how a message names a country, how long ago a
 * date was, and the fix that inserts a whole section where a drafter would
 * look for it.
 */
import type { Block } from "../../core/ast";
import { countryName } from "../../core/codes";
import type { PlanDocument } from "../../core/document";
import { indentUnit } from "../../core/edits";
import type { Fix } from "../../core/finding";
import { insertFix, stakeholders, word } from "../plan-model";

/** A stakeholder's `kind`, if it gives one. */
export function kindOf(stakeholder: Block): string | undefined {
  return word(stakeholder, "kind");
}

/** The declared stakeholders whose `kind` is one of `kinds`, in source order. */
export function stakeholdersOfKind(plan: Block, kinds: readonly string[]): Block[] {
  const wanted = new Set(kinds);
  return stakeholders(plan).filter((s) => wanted.has(kindOf(s) ?? ""));
}

/**
 * The consulates and international organisations the plan declares: who
 * coordination agreements (G7) and return support (G14) are made with.
 */
export function consulatesAndInternationalOrganizations(plan: Block): Block[] {
  return stakeholdersOfKind(plan, ["consulate", "international-organization"]);
}

/** How a message names a stakeholder or population: `municipality ("Tripoli Central Municipality")`. */
export function labelOf(block: Block): string {
  const id = block.id?.text ?? `a ${block.kind.text}`;
  return block.title ? `${id} ("${block.title.text}")` : id;
}

/** Country names read with "the" in running text ("nationals of the Philippines"). */
const TAKES_THE = /\b(Republic|Kingdom|States|State|Federation|Emirates|Islands|Union|Netherlands|Philippines|Gambia|Bahamas|Maldives|Comoros|Seychelles|Holy See)\b/;

/**
 * A country's name as a drafter writes it in a sentence: ISO's "Korea,
 * Republic of" becomes "the Republic of Korea", "Syrian Arab Republic" "the
 * Syrian Arab Republic", and "Taiwan, Province of China" "Taiwan".
 */
export function countryTitle(code: string): string {
  let name = countryName(code) ?? code;
  const comma = name.match(/^(.*), (.*)$/);
  if (comma) {
    const [, base, qualifier] = comma;
    name = /\bof( the)?$/.test(qualifier) ? `${qualifier} ${base}` : base;
  }
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** "Georgia (GE)": a country in a message, with the code the plan uses. */
export function countryLabel(code: string): string {
  const title = countryTitle(code);
  return title === code ? code : `${title} (${code})`;
}

/** Whole months from `date` to `today` (a date 24 months and a day ago is 24). */
export function monthsBetween(date: Date, today: Date): number {
  const months = (today.getUTCFullYear() - date.getUTCFullYear()) * 12 + (today.getUTCMonth() - date.getUTCMonth());
  return today.getUTCDate() < date.getUTCDate() ? months - 1 : months;
}

/** A date as the plan writes it: YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The blocks a plan holds, in the order drafters write them (LANGUAGE.md). */
const PLAN_BLOCK_ORDER = ["stakeholder", "population", "evacuation", "communication", "referral", "coordination", "recovery"];

/**
 * A fix that inserts a section (`kind { … }`) into the plan, after the last
 * block that comes before it in the usual order, so that a referral section
 * lands after communication, not among the stakeholders. `body` holds the
 * section's lines, written without indentation; the file's own indentation
 * is added. Undefined when the plan has no braces to insert between.
 */
export function insertSectionFix(
  document: PlanDocument,
  plan: Block,
  kind: string,
  body: readonly string[],
  title: string,
): Fix | undefined {
  const rank = PLAN_BLOCK_ORDER.indexOf(kind);
  let anchor: Block | undefined;
  for (const member of plan.members) {
    if (member.type !== "block") continue;
    const memberRank = PLAN_BLOCK_ORDER.indexOf(member.kind.text);
    if (memberRank >= 0 && memberRank < rank) anchor = member;
  }
  const unit = indentUnit(document);
  const text = [`${kind} {`, ...body.map((line) => unit + line), "}"].join("\n");
  const fix = insertFix(document, plan, text, title, anchor);
  return fix;
}
