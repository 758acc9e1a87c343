/**
 * Rule by rule, how time per line grows from 10,000 to 100,000 lines: the
 * evidence that no rule is quadratic in the number of declarations (a
 * quadratic rule would show a ratio near 10). Each rule runs alone on a plan
 * parsed, resolved and checked once; the heap is collected before each run
 * and the best of several runs is taken, so that a collection falling in
 * one run does not count as growth.
 */
import { performance } from "node:perf_hooks";
import { checkDocument as checkWith } from "../server/src/core/check";
import { micicRules } from "../server/src/workspace/micic-rules";

const checkDocument = (document: Parameters<typeof checkWith>[0]) => checkWith(document, { rules: micicRules });
import { parseDocument } from "../server/src/core/document";
import { resolve } from "../server/src/core/resolve";
import { defaultCheckOptions, type RuleContext } from "../server/src/core/rule";
import { allRules } from "../server/src/rules/index";
import { generatePlan } from "./generate";

export interface RuleGrowth {
  code: string;
  name: string;
  /** Milliseconds on the smaller and the larger plan (best of several runs). */
  smallMs: number;
  largeMs: number;
  /**
   * Time per line on the larger plan over time per line on the smaller;
   * 1.00 is linear. Undefined for rules too quick to time on the smaller
   * plan (under 0.05 ms): those look at a section or two, not at every block.
   */
  ratio: number | undefined;
}

/** `gc()` when Node runs with --expose-gc (scripts/bench.mjs starts it so). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function best(run: () => void, runs = 7): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    // Collect first, so that a rule does not pay for garbage left by the
    // work before it: each run then counts the rule's own work only.
    collect();
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export function benchRuleGrowth(small = 10_000, large = 100_000, generate: (lines: number) => string = generatePlan): RuleGrowth[] {
  const timesFor = (lines: number) => {
    const document = parseDocument(generate(lines));
    checkDocument(document);
    const context: RuleContext = { document, plan: document.plan!, resolution: resolve(document.plan), options: defaultCheckOptions(), directives: [], report: () => {} };
    return { lineCount: document.lines.lineCount, times: allRules.map((rule) => best(() => rule.check(context))) };
  };
  const a = timesFor(small);
  const b = timesFor(large);
  return allRules.map((rule, i) => ({
    code: rule.meta.code,
    name: rule.meta.name,
    smallMs: a.times[i],
    largeMs: b.times[i],
    ratio: a.times[i] < 0.05 ? undefined : b.times[i] / b.lineCount / (a.times[i] / a.lineCount),
  }));
}
