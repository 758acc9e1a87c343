/**
 * Fixes: every fix offered on every sample and on mutated samples leaves a
 * file that parses, makes its finding go away, changes nothing outside its
 * edits and keeps every comment; `fixAll` removes every safe-fixable finding
 * in one run, and a second run changes nothing.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Member } from "../../server/src/core/ast";
import { checkText } from "../helpers/checker";
import { parseDocument } from "../../server/src/core/document";
import { applyEdits } from "../../server/src/core/edits";
import type { Finding, Fix } from "../../server/src/core/finding";
import { fixAll } from "../helpers/checker";
import { sampleFiles, TODAY } from "../helpers/plan";

const settings = { today: TODAY };

function key(f: Finding): string {
  return `${f.code} ${f.message}`;
}

function countBy(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return counts;
}

function comments(text: string): string[] {
  return parseDocument(text).comments.map((c) => c.text).sort();
}

/** Asserts what docs/spec/RULES.md promises of one fix of one finding. */
function assertSoundFix(text: string, finding: Finding, fix: Fix, before: Finding[], label: string): void {
  const fixed = applyEdits(text, fix.edits);
  const what = `${label}: ${finding.code} "${fix.title}"`;

  // Nothing outside the edits changed: the text between edits is intact.
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  let oldAt = 0;
  let newAt = 0;
  for (const edit of edits) {
    const kept = text.slice(oldAt, edit.span.start);
    assert.equal(fixed.slice(newAt, newAt + kept.length), kept, `${what} changed text outside its edit`);
    newAt += kept.length + edit.newText.length;
    oldAt = edit.span.end;
  }
  assert.equal(fixed.slice(newAt), text.slice(oldAt), `${what} changed text after its edit`);

  const after = checkText(fixed, settings).findings;
  const syntaxBefore = before.filter((f) => f.code === "SYN001").length;
  assert.ok(after.filter((f) => f.code === "SYN001").length <= syntaxBefore, `${what} made the file not parse:\n${fixed}`);
  assert.ok((countBy(after).get(key(finding)) ?? 0) < (countBy(before).get(key(finding)) ?? 0), `${what} did not remove its finding:\n${fixed}`);

  if (finding.code !== "SUP001") {
    const lost = comments(text).filter((c) => !comments(fixed).includes(c));
    assert.deepEqual(lost, [], `${what} dropped a comment`);
  }
}

function assertEveryFixSound(text: string, label: string): number {
  const before = checkText(text, settings).findings;
  let count = 0;
  for (const finding of before) {
    for (const fix of finding.fixes) {
      assertSoundFix(text, finding, fix, before, label);
      count++;
    }
  }
  return count;
}

function members(text: string): Member[] {
  const found: Member[] = [];
  const visit = (ms: readonly Member[]) => {
    for (const m of ms) {
      found.push(m);
      if (m.type === "block") visit(m.members);
    }
  };
  visit(parseDocument(text).plan?.members ?? []);
  return found;
}

describe("fixes", () => {
  const samples = sampleFiles();

  for (const sample of samples) {
    it(`every fix offered on ${sample.name} is sound`, () => {
      assertEveryFixSound(sample.text, sample.name);
    });
  }

  it("every fix offered on mutated samples is sound (a member removed or repeated)", function () {
    this.timeout(120_000);
    const mutation = fc.record({
      sample: fc.nat({ max: samples.length - 1 }),
      member: fc.double({ min: 0, max: 1, noNaN: true }),
      repeat: fc.boolean(),
    });
    fc.assert(
      fc.property(mutation, ({ sample, member, repeat }) => {
        const text = samples[sample].text;
        const all = members(text);
        const chosen = all[Math.floor(member * all.length)];
        if (!chosen) return;
        const piece = text.slice(chosen.span.start, chosen.span.end);
        const mutated = repeat
          ? text.slice(0, chosen.span.end) + " " + piece + text.slice(chosen.span.end)
          : text.slice(0, chosen.span.start) + text.slice(chosen.span.end);
        assertEveryFixSound(mutated, `${samples[sample].name} with '${piece.slice(0, 30)}' ${repeat ? "repeated" : "removed"}`);
      }),
      { numRuns: 20 },
    );
  });

  for (const sample of samples) {
    it(`--fix on ${sample.name} removes every safe-fixable finding in one run; a second run changes nothing`, () => {
      const first = fixAll(sample.text, settings);
      const left = first.result.findings.filter((f) => f.fixes.some((x) => x.kind === "fix"));
      assert.deepEqual(left.map(key), [], "no safe fix is left");
      assert.deepEqual(first.result.findings.filter((f) => f.code === "SYN001"), [], "the fixed plan parses");
      assert.deepEqual(comments(first.text), comments(sample.text), "every comment survives");
      const second = fixAll(first.text, settings);
      assert.equal(second.applied, 0);
      assert.equal(second.text, first.text);
      // Starting from a check the caller already has (the editor's model)
      // gives the same; a check of another text is not used.
      assert.equal(fixAll(sample.text, settings, checkText(sample.text, settings)).text, first.text);
      assert.equal(fixAll(sample.text, settings, checkText(first.text, settings)).text, first.text);
    });
  }
});

describe("fixes where the parser could not read the line (issue 19)", () => {
  const plan = (contact: string) =>
    `plan "План" {\n  country: "UZ"\n  stakeholder мчс "МЧС" {\n    kind: government\n    contact: ${contact}\n  }\n}\n`;

  it("offers no fix on a line with a syntax problem: an unquoted phone number is not 'quoted' into «+\"998\" 71 000 0001»", () => {
    for (const contact of ["+998 71 000 0001", "@998 71", "998 71 000 0001 }", "«+998 71 000 0001"]) {
      const text = plan(contact);
      const findings = checkText(text, settings).findings;
      const line = 4;
      assert.ok(findings.some((f) => f.code === "SYN001" && f.range.start.line === line), `${contact}: a syntax problem on the line`);
      const offered = findings.filter((f) => f.fixes.length > 0 && f.fixes.some((x) => x.edits.some((e) => e.range !== undefined && e.range.start.line <= line && e.range.end.line >= line)));
      assert.deepEqual(offered.map((f) => `${f.code} ${f.fixes.map((x) => x.title).join(", ")}`), [], contact);
      assert.ok(!fixAll(text, settings).text.includes('"998"'), `${contact}: --fix does not write "998"`);
    }
  });

  it("still offers the fixes of readable lines in the same plan", () => {
    const text = plan("+998 71 000 0001").replace("kind: government", "kind: governmnt");
    const kind = checkText(text, settings).findings.find((f) => f.code === "SCH002" && f.range.start.line === 3);
    assert.deepEqual(kind?.fixes.map((x) => x.title), ["Change to government"]);
  });

  it("offers no fix touching an unreadable line, over random samples with a stray character inserted", function () {
    this.timeout(60_000);
    const samples = sampleFiles();
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("+", "@", "=", "}", "{", ":"), (index, where, stray) => {
        // A stray character before a value that is itself a slip (a word
        // misspelt, a number unquoted): the slip's fix must not be offered.
        const base = samples[index].text;
        const values = parseDocument(base).members.length > 0 ? valueSpans(base) : [];
        const value = values[Math.floor(where * values.length)];
        if (!value) return;
        const at = value.start;
        const slip = /^[0-9]/.test(base.slice(value.start, value.end)) ? "" : "x";
        const text = base.slice(0, at) + stray + base.slice(at, value.end) + slip + base.slice(value.end);
        const findings = checkText(text, settings).findings;
        const bad = new Set(findings.filter((f) => f.code === "SYN001").flatMap((f) => [f.range.start.line, f.range.end.line]));
        assert.ok(bad.size > 0, "the stray character is a syntax problem");
        for (const finding of findings) {
          for (const fix of finding.fixes) {
            for (const edit of fix.edits) {
              assert.ok(edit.range, "every edit of a checked finding has its range");
              for (let line = edit.range.start.line; line <= edit.range.end.line; line++) {
                assert.ok(!bad.has(line), `${finding.code} "${fix.title}" edits line ${line + 1}, which does not parse (${stray} at ${at} of ${samples[index].name})`);
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** The spans of every value of every attribute of a plan. */
function valueSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const visit = (ms: readonly Member[]) => {
    for (const m of ms) {
      if (m.type === "attribute") for (const v of m.values) spans.push(v.span);
      else visit(m.members);
    }
  };
  visit(parseDocument(text).members);
  return spans;
}
