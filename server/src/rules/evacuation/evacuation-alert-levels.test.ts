import assert from "node:assert/strict";
import { at, run } from "../../../../test/helpers/rule";
import { evacuationAlertLevels as rule } from "./evacuation-alert-levels";

const plan = (evacuation: string) => `plan "P" {\n  evacuation {\n${evacuation}\n  }\n}\n`;
const level = (id: string, order?: number) =>
  `    alert-level ${id} "${id}" { ${order === undefined ? "" : `order: ${order}  `}action: "Act" }`;

describe("EVAC015 evacuation-alert-levels", () => {
  it("passes alert levels with distinct orders", () => {
    assert.deepEqual(run(rule, plan([level("watch", 1), level("warning", 2), level("emergency", 3)].join("\n"))), []);
  });

  it("reports no alert levels once, as info on the section keyword", () => {
    const findings = run(rule, plan("    covers: all"));
    assert.deepEqual(at(findings), ["2:3 info"]);
    assert.match(findings[0].message, /has no alert levels\. Add "alert-level" blocks.*\(MICIC Guideline 5\)\.$/);
  });

  it("reports a repeated order on the later level's order, linking the first", () => {
    const findings = run(rule, plan([level("watch", 1), level("warning", 1)].join("\n")));
    assert.deepEqual(at(findings), ["4:37 info"]);
    assert.match(findings[0].message, /^Alert levels 'watch' and 'warning' both have "order: 1"/);
    assert.deepEqual(findings[0].related.map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1}`), ["3:5"]);
  });

  it("reports each level that repeats an order", () => {
    const text = plan([level("a", 1), level("b", 1), level("c", 2), level("d", 1)].join("\n"));
    assert.deepEqual(at(run(rule, text)), ["4:25 info", "6:25 info"]);
  });

  it("does not compare levels without an order", () => {
    assert.deepEqual(run(rule, plan([level("watch"), level("warning"), level("emergency", 1)].join("\n"))), []);
  });

  it("says nothing without an evacuation section, and offers no fix", () => {
    assert.deepEqual(run(rule, 'plan "P" { }'), []);
    assert.deepEqual(run(rule, plan("    covers: all"))[0].fixes, []);
  });
});
