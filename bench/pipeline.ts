/**
 * The checking pipeline on generated plans of 1,000, 10,000 and 100,000
 * lines: lex only, parse only, parse + resolve, parse + resolve + every
 * rule; beside them the same number of bytes of JSON through a minimal
 * Chevrotain parser (recognising only, and building the values) and
 * through JSON.parse, so the figures read as ratios.
 */
import { performance } from "node:perf_hooks";
import { checkDocument as checkWith } from "../server/src/core/check";
import { micicRules } from "../server/src/workspace/micic-rules";

const checkDocument = (document: Parameters<typeof checkWith>[0]) => checkWith(document, { rules: micicRules });
import { parseDocument } from "../server/src/core/document";
import { lex } from "../server/src/core/lexer";
import { resolve } from "../server/src/core/resolve";
import { generatePlan } from "./generate";
import { parseJsonToValues, parseJsonWithChevrotain } from "./json-parser";
import { median } from "./stats";

/** Median milliseconds of `run`, over enough repetitions to be stable. */
export function measure(run: () => unknown, budgetMs = 1500): number {
  run();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < 5 || (performance.now() < until && samples.length < 200)) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** JSON of about `bytes` bytes with the plan's shape: objects of attributes and lists. */
export function jsonOfSize(bytes: number): string {
  const items: string[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const item = JSON.stringify({
      kind: "stakeholder",
      id: `org_${i}`,
      title: `Organisation ${i}`,
      attributes: { kind: "civil-society", contact: `+998 71 000 ${i}`, languages: ["ky", "ru"], size: 1000 + i },
    }, null, 2);
    items.push(item);
    size += item.length + 2;
  }
  return `[\n${items.join(",\n")}\n]`;
}

export interface PipelineRow {
  lines: number;
  bytes: number;
  stages: { name: string; ms: number }[];
}

export function benchPipeline(sizes = [1_000, 10_000, 100_000]): PipelineRow[] {
  const rows: PipelineRow[] = [];
  for (const lines of sizes) {
    const text = generatePlan(lines);
    const json = jsonOfSize(text.length);
    const document = parseDocument(text);
    const stages = [
      { name: "lex", ms: measure(() => lex(text)) },
      { name: "lex + parse", ms: measure(() => parseDocument(text)) },
      { name: "parse + resolve", ms: measure(() => resolve(parseDocument(text).plan)) },
      { name: "parse + resolve + rules", ms: measure(() => checkDocument(parseDocument(text))) },
      { name: "rules only (parsed)", ms: measure(() => checkDocument(document)) },
      { name: "Chevrotain JSON (lex + parse)", ms: measure(() => parseJsonWithChevrotain(json)) },
      { name: "Chevrotain JSON building its values", ms: measure(() => parseJsonToValues(json)) },
      { name: "JSON.parse", ms: measure(() => JSON.parse(json)) },
    ];
    rows.push({ lines: text.split("\n").length, bytes: text.length, stages });
  }
  return rows;
}
