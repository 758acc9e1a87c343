/**
 * The benchmark's JSON floors (bench/json-parser.ts) are what the checker's
 * speed is measured against: a floor that stopped early or skipped input
 * would flatter every ratio, so they are checked to read the whole text.
 */
import assert from "node:assert/strict";
import { parseJsonToValues, parseJsonWithChevrotain } from "../../bench/json-parser";
import { jsonOfSize } from "../../bench/pipeline";

describe("benchmark JSON floors", () => {
  const json = jsonOfSize(20_000);

  it("the recogniser reads the benchmark's JSON and rejects JSON broken anywhere", () => {
    assert.doesNotThrow(() => parseJsonWithChevrotain(json));
    // A second comma after a comma between members or items, near the start, the middle and the end.
    for (const from of [0, Math.floor(json.length / 2), json.length - 400]) {
      const at = json.indexOf(",\n", from);
      const broken = json.slice(0, at) + "," + json.slice(at);
      assert.throws(() => parseJsonWithChevrotain(broken), /not JSON/, `',,' at ${at}`);
    }
  });

  it("the value builder gives what JSON.parse gives", () => {
    assert.ok(json.length >= 20_000, "as many bytes as asked for");
    assert.deepEqual(parseJsonToValues(json), JSON.parse(json));
    assert.throws(() => parseJsonToValues(json.slice(0, -1)), /not JSON/, "an unclosed array");
  });
});
