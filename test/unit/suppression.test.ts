import assert from "node:assert/strict";
import { applyEdits } from "../../server/src/core/edits";
import { check, where } from "../helpers/plan";

const plan = (body: string) => `plan "P" {\n  evacuation {\n    regardless-of-status: yes\n${body}\n  }\n}\n`;
const codesOf = (text: string, settings = {}) => check(text, settings).map((f) => f.code);

describe("suppression comments", () => {
  it("micic-disable-next-line silences the named rule on the next line only", () => {
    const text = plan("    # micic-disable-next-line EVAC010 -- families stay together by law\n    family-unity: no");
    assert.ok(!codesOf(text).includes("EVAC010"));
    assert.ok(!codesOf(text).includes("SUP001"));
  });

  it("micic-disable silences a rule in the whole file, by code or by name", () => {
    assert.ok(!codesOf(`# micic-disable EVAC010 -- reason\n${plan("")}`).includes("EVAC010"));
    assert.ok(!codesOf(`# micic-disable evacuation-family-unity\n${plan("")}`).includes("EVAC010"));
  });

  it("reports a suppression that suppresses nothing, with a fix that removes it", () => {
    const text = plan("    # micic-disable-next-line EVAC010 -- reason\n    family-unity: yes");
    const findings = check(text).filter((f) => f.code === "SUP001");
    assert.deepEqual(where(findings), ["4:5 SUP001"]);
    assert.deepEqual(findings[0].tags, ["unnecessary"]);
    assert.equal(applyEdits(text, findings[0].fixes[0].edits), plan("    family-unity: yes"));
  });

  it("reports only the unused rule of a comment that names several, and removes just it", () => {
    const text = plan("    # micic-disable-next-line EVAC010, EVAC004 -- reason\n    family-unity: no");
    const findings = check(text).filter((f) => f.code === "SUP001");
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^EVAC004 is suppressed on the next line, but there is no such finding/);
    assert.equal(applyEdits(text, findings[0].fixes[0].edits), plan("    # micic-disable-next-line EVAC010 -- reason\n    family-unity: no"));
  });

  it("reports an unknown rule, a language rule, and a comment naming none", () => {
    const messages = (body: string) => check(plan(body)).filter((f) => f.code === "SUP001").map((f) => f.message);
    assert.match(messages("    # micic-disable-next-line EVAC099")[0], /'EVAC099' is not a rule/);
    assert.match(messages("    # micic-disable-next-line SCH002\n    family-unity: maybe")[0], /SCH002 is a rule of the plan language and cannot be suppressed/);
    assert.ok(codesOf(plan("    # micic-disable-next-line SCH002\n    family-unity: maybe")).includes("SCH002"));
    assert.match(messages("    # micic-disable-next-line -- why")[0], /Name the rules to disable/);
  });

  it("--no-inline-config ignores the comments and reports none of them", () => {
    const text = plan("    # micic-disable-next-line EVAC010 -- reason\n    family-unity: no");
    const codes = codesOf(text, { inlineConfig: false });
    assert.ok(codes.includes("EVAC010"));
    assert.ok(!codes.includes("SUP001"));
  });
});
