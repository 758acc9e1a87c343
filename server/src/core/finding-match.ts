/**
 * Which findings of one revision of a plan are the same findings in another:
 * what `micic-plan diff` calls introduced, resolved and unchanged, and what a
 * baseline (`check --baseline`) lets through.
 *
 * A finding is matched by its rule and by where it stands in the plan's
 * structure, never by its line: its anchor names the block it stands on
 * (`population:workers` by the block's id, which is unique in a plan;
 * `evacuation` or `evacuation>alert-level` for a block without one, by its
 * parents) and the attribute (`evacuation#consent`). So moving a block, or
 * adding lines above it, changes no anchor. Two findings of one rule on one
 * anchor are told apart by the text they stand on and, first, by their
 * message when both sides give it (the same language: a diff); when that
 * text changed too (a misspelt value corrected into another misspelling),
 * what is left on the anchor is paired in the order of the file. The
 * message is never needed: a baseline may be read in another language, and
 * messages say counts that change.
 */
import type { Attribute, Block, Member } from "./ast";
import type { PlanDocument } from "./document";
import type { Span } from "./text";

/** Where a finding stands in the plan's structure, and the text it stands on. */
export interface FindingKey {
  /** `population:workers`, `evacuation#consent`, `plan`; see the module's comment. */
  anchor: string;
  /** The text under the finding, its white space collapsed, at most MAX_SUBJECT_LENGTH characters. */
  subject: string;
}

/** How much of the text under a finding its key keeps (a finding may stand on a whole block). */
export const MAX_SUBJECT_LENGTH = 200;

/** How much of a name or a plan's title an anchor keeps (a title may be a paragraph; a baseline stores every anchor). */
export const MAX_ANCHOR_NAME = 80;

/** A block's id or a plan's title as an anchor names it: composed (NFC), at most MAX_ANCHOR_NAME characters. */
export function anchorName(name: string): string {
  return name.normalize("NFC").slice(0, MAX_ANCHOR_NAME);
}

/** The keys of a plan's findings, in their order. */
export function findingKeys(document: PlanDocument, findings: readonly { span: Span }[], planLabel = ""): FindingKey[] {
  return findings.map((finding) => ({
    anchor: planLabel + anchorAt(document.members, finding.span.start),
    subject: subjectOf(document.text, finding.span),
  }));
}

/**
 * The label that tells the plans of a Markdown note apart (their titles, or
 * their place when untitled), to put before their anchors; "" for a plan
 * file, which holds one plan. A note's plans are labelled however many it
 * holds, so that adding a second leaves the first one's findings as they were.
 */
export function planLabels(documents: readonly PlanDocument[]): string[] {
  return documents.map((document, index) => (document.region ? `plan ${JSON.stringify(anchorName(document.plan?.title?.text ?? `#${index + 1}`))}>` : ""));
}

export function subjectOf(text: string, at: Span): string {
  const end = Math.min(at.end, at.start + MAX_SUBJECT_LENGTH);
  return text.slice(at.start, end).replace(/\s+/g, " ").trim();
}

/** The anchor of what stands at `offset`: the innermost block, and the attribute when the offset is in one. */
export function anchorAt(members: readonly Member[], offset: number): string {
  let block: Block | undefined;
  let level: readonly Member[] = members;
  for (;;) {
    const member = memberAt(level, offset);
    const anchor = block ? blockAnchorOf(block) : "plan";
    if (!member) return anchor;
    if (member.type === "attribute") return `${anchor}#${(member as Attribute).name.text}`;
    block = member;
    level = member.members;
  }
}

/**
 * A block's anchor: a block with an id by it alone (ids are unique in a
 * plan, and the block may move: `population:workers`); one without, by its
 * kind under its parent's anchor (`evacuation`, `channel:sms>…`); the plan
 * block, `plan`. What a plan commits to is anchored the same way.
 */
export function blockAnchorOf(block: Block): string {
  const path: string[] = [];
  for (let at: Block | null = block; at && at.kind.text !== "plan"; at = at.parent) {
    if (at.id) {
      path.unshift(`${at.kind.text}:${anchorName(at.id.text)}`);
      break;
    }
    path.unshift(at.kind.text);
  }
  return path.length === 0 ? "plan" : path.join(">");
}

/** The member whose span holds `offset` (members are in the order of the text): a binary search, as a plan may have thousands. */
function memberAt(members: readonly Member[], offset: number): Member | undefined {
  let low = 0;
  let high = members.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = members[middle].span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end && !(offset === span.end && span.start === span.end)) low = middle + 1;
    else return members[middle];
  }
  return undefined;
}

/** What matching needs of a finding, whichever revision or baseline it comes from. */
export interface Matchable {
  code: string;
  key: FindingKey;
  /**
   * The finding's message, when both sides are in one language (a diff's
   * two revisions): it tells apart findings of one rule on one block over
   * the same text (REF001 for each need a referral section lacks, on its
   * keyword), which the text alone would pair by their order.
   */
  message?: string;
}

export interface FindingMatch<Before, After> {
  /** In `after` only. */
  introduced: After[];
  /** In `before` only. */
  resolved: Before[];
  /** In both, paired. */
  unchanged: [Before, After][];
}

/**
 * Pairs the findings of two revisions of one file: first those of one rule
 * on one anchor over the same text, then what is left of one rule on one
 * anchor, in the order given. Linear in the number of findings.
 */
export function matchFindings<Before extends Matchable, After extends Matchable>(before: readonly Before[], after: readonly After[]): FindingMatch<Before, After> {
  const pairedBefore = new Array<boolean>(before.length).fill(false);
  const pairOf = new Array<number>(after.length).fill(-1);
  for (const keyOf of [exactKeyWithMessage, exactKey, anchorKeyWithMessage, anchorKey]) {
    const waiting = new Map<string, number[]>();
    before.forEach((finding, index) => {
      if (pairedBefore[index]) return;
      const key = keyOf(finding);
      const queue = waiting.get(key);
      if (queue) queue.push(index);
      else waiting.set(key, [index]);
    });
    const taken = new Map<string, number>();
    after.forEach((finding, index) => {
      if (pairOf[index] >= 0) return;
      const key = keyOf(finding);
      const queue = waiting.get(key);
      const next = taken.get(key) ?? 0;
      if (!queue || next >= queue.length) return;
      taken.set(key, next + 1);
      pairOf[index] = queue[next];
      pairedBefore[queue[next]] = true;
    });
  }
  const unchanged: [Before, After][] = [];
  const introduced: After[] = [];
  after.forEach((finding, index) => {
    if (pairOf[index] >= 0) unchanged.push([before[pairOf[index]], finding]);
    else introduced.push(finding);
  });
  return { introduced, resolved: before.filter((_, index) => !pairedBefore[index]), unchanged };
}

const exactKey = (f: Matchable) => `${f.code}\0${f.key.anchor}\0${f.key.subject}`;
const exactKeyWithMessage = (f: Matchable) => `${exactKey(f)}\0${f.message ?? ""}`;
const anchorKeyWithMessage = (f: Matchable) => `${f.code}\0${f.key.anchor}\0${f.message ?? ""}`;
const anchorKey = (f: Matchable) => `${f.code}\0${f.key.anchor}`;
