/** Test helpers: check a plan in memory and look at its findings. */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkText, type TestSettings } from "./checker";
import type { Finding } from "../../server/src/core/finding";

export { checkText } from "./checker";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const samplesDir = path.join(repoRoot, "samples");

/** A fixed day, so that date rules give the same answer every year. */
export const TODAY = new Date("2026-11-27T00:00:00Z");

export function check(text: string, settings: TestSettings = {}): Finding[] {
  return checkText(text, { today: TODAY, ...settings }).findings;
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** `line:col CODE` with 1-based positions, as a reader counts them. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}`);
}

export function sampleFiles(): { name: string; text: string }[] {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith(".micic"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(samplesDir, name), "utf8") }));
}

/** The offset of the `n`th (0-based) occurrence of `needle` in `text`. */
export function offsetOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${n + 1} times`);
  }
  return at;
}
