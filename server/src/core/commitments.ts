/**
 * What a plan commits to, and what a revision changed in that: the part of
 * `micic-plan diff` a reviewer reads before the findings. "The plan now
 * names population `seasonal-workers`, serves people in Tajik, and
 * evacuates regardless of status, which it did not before."
 *
 * Read from the syntax tree alone, without the rules: what the plan says,
 * not whether it is enough (the findings say that).
 */
import { walkBlocks, type Member } from "./ast";
import { languageKey } from "./codes";
import { blockAnchorOf } from "./finding-match";

export interface PlanCommitments {
  /** Every block by its anchor (`population:workers`, `evacuation`; as core/finding-match.ts anchors findings). */
  blocks: Map<string, BlockCommitment>;
  /** The languages its channels and pathways give information and services in, one code per language (`ru`, `uz`). */
  languages: Set<string>;
  /** The populations the evacuation covers (`all` when it says so). */
  covered: Set<string>;
}

export interface BlockCommitment {
  kind: string;
  /** The declared name, when the block has one. */
  id?: string;
  title: string;
  /** What each attribute says, as written (`regardless-of-status` → `yes`). */
  settings: Map<string, string>;
}

/** What one plan commits to; several plans (a Markdown note's) add up, each block's anchor after its plan's `label` (see finding-match.ts planLabels). */
export function planCommitments(members: readonly Member[], label = ""): PlanCommitments {
  const commitments = emptyCommitments();
  for (const block of walkBlocks(members)) {
    const kind = block.kind.text;
    const settings = new Map<string, string>();
    for (const member of block.members) {
      if (member.type !== "attribute") continue;
      const name = member.name.text;
      settings.set(name, member.values.map((v) => v.raw).join(", "));
      if (name === "languages" && (kind === "channel" || kind === "pathway")) {
        for (const value of member.values) commitments.languages.add(languageKey(value.text) ?? value.text);
      }
      if (name === "covers" && kind === "evacuation") {
        for (const value of member.values) commitments.covered.add(value.text.normalize("NFC"));
      }
    }
    commitments.blocks.set(label + blockAnchorOf(block), { kind, id: block.id?.text.normalize("NFC"), title: block.title?.text ?? "", settings });
  }
  return commitments;
}

/** One change in what a plan commits to. `block` is the block's anchor. */
export type CommitmentChange =
  | { type: "added" | "removed"; what: "block"; block: string; kind: string; id?: string; title: string }
  | { type: "added" | "removed"; what: "language"; code: string }
  | { type: "added" | "removed"; what: "covered"; population: string }
  | { type: "changed"; what: "setting"; block: string; kind: string; id?: string; setting: string; before: string | undefined; after: string | undefined };

/** What `after` commits to that `before` did not, and what it no longer does, in a stable order. */
export function compareCommitments(before: PlanCommitments, after: PlanCommitments): CommitmentChange[] {
  const changes: CommitmentChange[] = [];
  const settingChanges: CommitmentChange[] = [];
  for (const anchor of sortedUnion(before.blocks.keys(), after.blocks.keys())) {
    const was = before.blocks.get(anchor);
    const now = after.blocks.get(anchor);
    // The plan block comes and goes with the whole plan: its findings say so.
    if ((!was || !now) && (was ?? now)!.kind === "plan") continue;
    if (now && !was) changes.push({ type: "added", what: "block", block: anchor, kind: now.kind, id: now.id, title: now.title });
    else if (was && !now) changes.push({ type: "removed", what: "block", block: anchor, kind: was.kind, id: was.id, title: was.title });
    else if (was && now) {
      for (const setting of sortedUnion(was.settings.keys(), now.settings.keys())) {
        const a = was.settings.get(setting);
        const b = now.settings.get(setting);
        if (a !== b) settingChanges.push({ type: "changed", what: "setting", block: anchor, kind: now.kind, id: now.id, setting, before: a, after: b });
      }
    }
  }
  for (const code of sorted(after.languages)) if (!before.languages.has(code)) changes.push({ type: "added", what: "language", code });
  for (const code of sorted(before.languages)) if (!after.languages.has(code)) changes.push({ type: "removed", what: "language", code });
  for (const population of sorted(after.covered)) if (!before.covered.has(population)) changes.push({ type: "added", what: "covered", population });
  for (const population of sorted(before.covered)) if (!after.covered.has(population)) changes.push({ type: "removed", what: "covered", population });
  return [...changes, ...settingChanges];
}

/** Adds the commitments of another plan of the same file. */
export function mergeCommitments(into: PlanCommitments, more: PlanCommitments): PlanCommitments {
  for (const [anchor, block] of more.blocks) into.blocks.set(anchor, block);
  for (const code of more.languages) into.languages.add(code);
  for (const population of more.covered) into.covered.add(population);
  return into;
}

export function emptyCommitments(): PlanCommitments {
  return { blocks: new Map(), languages: new Set(), covered: new Set() };
}

const sorted = (values: Iterable<string>) => [...values].sort();
const sortedUnion = (a: Iterable<string>, b: Iterable<string>) => sorted(new Set([...a, ...b]));
