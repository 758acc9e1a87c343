/**
 * A finding's identity for the formats whose readers track findings across
 * runs (SARIF's partialFingerprints, GitLab's fingerprint): its rule, its
 * file, and where it stands in the plan's structure with the text under it
 * (the key core/finding-match.ts gives, as `diff` and baselines match
 * findings); not its line, so it survives lines added above and blocks
 * moved; not its message, which is in the user's language. Without keys,
 * the text under the finding alone; without the file's text either, the
 * message. Its own module: node:crypto costs every other format's start.
 */
import { createHash } from "node:crypto";
import type { Finding } from "../../core/finding";
import { subjectOf } from "../../core/finding-match";
import type { FileResult } from "./types";

/** 32 hex digits that identify the finding at `index` of `file` (findings alike hash alike: the formats number them). */
export function findingFingerprint(finding: Finding, index: number, file: FileResult): string {
  const key = file.keys?.[index];
  const subject = key ? `${key.anchor}\0${key.subject}` : file.lines ? subjectOf(file.lines.text, finding.span) : finding.message;
  return hash(`${finding.code}\0${file.path}\0${subject}`);
}

export function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
