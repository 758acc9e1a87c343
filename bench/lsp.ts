/**
 * Language server latency and memory on a generated plan of 10,000 lines:
 * didChange → publishDiagnostics, completion, hover, document symbols and
 * the other requests the editor makes as one types (code lens, semantic
 * tokens, code actions), median and p95 over many requests; the server's
 * resident memory.
 *
 * The server runs with the Node flags the extension gives it
 * (client/src/server-flags.ts); SERVER_FLAGS="" runs it without.
 *
 * Targets (issue 4): diagnostics median < 50 ms and p95 < 100 ms;
 * completion and hover p95 < 20 ms; resident memory < 150 MB.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { CodeActionRequest, CodeLensRequest, CompletionRequest, DocumentSymbolRequest, HoverRequest, SemanticTokensRequest } from "vscode-languageserver-protocol/node";
import { SERVER_NODE_FLAGS } from "../client/src/server-flags";
import { allRules } from "../server/src/rules/index";
import { TestClient } from "../test/helpers/lsp-client";
import { generatePlan } from "./generate";
import { crossProductPlan } from "./shapes";
import { median, ms, percentile } from "./stats";

export interface LspFigures {
  rows: (string | number)[][];
  /** The server's resident memory after the run. */
  rssMb: number;
  lines: number;
}

/** The server's resident memory now (VmRSS) and at its highest so far (VmHWM), in MB. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)![1]) / 1024;
  return { rssMb: field("VmRSS"), peakMb: field("VmHWM") };
}

const serverFlags = (): readonly string[] => (process.env.SERVER_FLAGS !== undefined ? process.env.SERVER_FLAGS.split(" ").filter(Boolean) : SERVER_NODE_FLAGS);

export async function benchLsp(lines = 10_000, edits = 200, requests = 100, nodeOptions: readonly string[] = serverFlags()): Promise<LspFigures> {
  const text = generatePlan(lines);
  const lineCount = text.split("\n").length;
  const client = new TestClient(nodeOptions);
  await client.initialize(null);
  const uri = "file:///bench/generated.micic";
  await client.open(uri, text);

  // Edits in the middle of the plan: one character in a contact, as typing
  // does; 200 of them, as a few minutes of typing would be, so that the
  // first edits (before V8 has optimised the checker) weigh as they do then.
  const contactLines = text.split("\n").flatMap((l, i) => (l.includes("contact:") ? [i] : []));
  const target = contactLines[Math.floor(contactLines.length / 2)];
  const column = text.split("\n")[target].indexOf('"') + 1;
  const diagnostics: number[] = [];
  for (let i = 0; i < edits; i++) {
    const start = performance.now();
    await client.change(uri, [{ range: { start: { line: target, character: column }, end: { line: target, character: column } }, text: "9" }]);
    diagnostics.push(performance.now() - start);
  }

  const timed = async (request: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) {
      const start = performance.now();
      await request();
      samples.push(performance.now() - start);
    }
    return samples;
  };
  const lineOf = (needle: string) => text.split("\n").findIndex((l, i) => i > lineCount / 2 && l.includes(needle));
  const provider = lineOf("provider: ");
  const providerColumn = text.split("\n")[provider].indexOf("provider: ") + "provider: ".length;
  const completion = await timed(() =>
    client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: provider, character: providerColumn } }),
  );
  const hover = await timed(() =>
    client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: provider, character: providerColumn + 2 } }),
  );
  const symbols = await timed(() => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
  // What the editor also asks after an edit or a cursor move: each answer
  // holds up the next diagnostics while the server computes it.
  const lenses = await timed(() => client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }));
  const tokens = await timed(() => client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }));
  const here = { line: provider, character: providerColumn };
  const actions = await timed(() =>
    // As VS Code asks when the cursor moves: no kind, trigger kind Automatic.
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: here, end: here }, context: { diagnostics: [], triggerKind: 2 } }),
  );
  const { rssMb } = memoryOf(client.process.pid!);
  await client.stop();

  const row = (name: string, samples: number[], target: string) => [name, samples.length, ms(median(samples)), ms(percentile(samples, 95)), target];
  return {
    lines: lineCount,
    rssMb,
    rows: [
      row("didChange → publishDiagnostics", diagnostics, "median < 50, p95 < 100"),
      // Shown apart, not left out of the row above: V8 has not optimised
      // the checker yet when the first edits after opening a plan arrive.
      row("didChange → publishDiagnostics, first 10 edits after opening (p95 = the slowest)", diagnostics.slice(0, 10), "—"),
      row("completion (references)", completion, "p95 < 20"),
      row("hover (reference)", hover, "p95 < 20"),
      row("document symbols", symbols, "—"),
      row("code lens (every population)", lenses, "—"),
      row("semantic tokens (whole file)", tokens, "—"),
      row("code actions (cursor move)", actions, "—"),
    ],
  };
}

/** One character typed into the middle of a plan's first contact line past the middle. */
function contactEdit(text: string): (typed: string) => { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  const lines = text.split("\n");
  const contactLines = lines.flatMap((l, i) => (l.includes("contact:") ? [i] : []));
  const line = contactLines[Math.floor(contactLines.length / 2)];
  const character = lines[line].indexOf('"') + 1;
  return (typed) => ({ range: { start: { line, character }, end: { line, character } }, text: typed });
}

export interface CrossProductFigures {
  lines: number;
  /** didOpen → first publishDiagnostics. */
  openMs: number;
  /** didChange → publishDiagnostics of that version, one edit at a time. */
  editMs: number[];
  rssMb: number;
  peakMb: number;
}

/**
 * The cross-product plan (bench/shapes.ts), where every rule relating two
 * kinds of block meets thousands of pairs: open it, then type one character
 * at a time into a contact, waiting for each edit's diagnostics.
 * `rules`: the editor's `micic.rules`, to measure the server without a rule.
 */
export async function benchCrossProduct(lines: number, edits: number, rules: Record<string, string> = {}, nodeOptions = serverFlags()): Promise<CrossProductFigures> {
  const text = crossProductPlan(lines);
  const client = new TestClient(nodeOptions);
  client.settings = { rules };
  try {
    await client.initialize(null);
    const uri = "file:///bench/cross-product.micic";
    const opened = performance.now();
    await client.open(uri, text, "micic-plan", 600_000);
    const openMs = performance.now() - opened;
    const edit = contactEdit(text);
    const editMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const start = performance.now();
      await client.change(uri, [edit("9")], 600_000);
      editMs.push(performance.now() - start);
    }
    return { lines: text.split("\n").length, openMs, editMs, ...memoryOf(client.process.pid!) };
  } finally {
    await client.stop();
  }
}

export interface BurstFigures {
  edits: number;
  /** Per burst: from sending the last change to the diagnostics of the last version. */
  lastEditToDiagnosticsMs: number[];
  /** Per burst: a hover sent after half the changes, from sending it to its answer. */
  midBurstHoverMs: number[];
  /** How many publishDiagnostics the bursts gave in all (one per change without coalescing). */
  publishes: number;
  peakMb: number;
}

/**
 * Typing faster than the server checks: `edits` changes sent back to back
 * (as an editor sends them while a key is held down), a hover after half of
 * them, then the wait for the last version's diagnostics; `bursts` times.
 * A check that starts before a burst reaches the server (its first change
 * may arrive alone) runs to its end, so the hover may wait for one check:
 * never for more.
 */
export async function benchBurst(lines: number, edits: number, bursts: number, rules: Record<string, string> = {}, nodeOptions = serverFlags()): Promise<BurstFigures> {
  const text = crossProductPlan(lines);
  const client = new TestClient(nodeOptions);
  client.settings = { rules };
  try {
    await client.initialize(null);
    const uri = "file:///bench/burst.micic";
    await client.open(uri, text, "micic-plan", 600_000);
    const edit = contactEdit(text);
    // Typing first, one change at a time, as before any burst: the server
    // has compiled its hot paths by then (a check right after opening takes
    // several times as long).
    for (let i = 0; i < 20; i++) await client.change(uri, [edit("9")], 600_000);
    const before = client.publishes(uri).length;
    // A reference to a stakeholder, before the edited line: the edits do not move it.
    const textLines = text.split("\n");
    const hoverLine = textLines.findIndex((l) => l.includes("lead: org_0"));
    const hoverAt = { line: hoverLine, character: textLines[hoverLine].indexOf("org_0") + 2 };
    const lastEditToDiagnosticsMs: number[] = [];
    const midBurstHoverMs: number[] = [];
    for (let b = 0; b < bursts; b++) {
      let hover: Promise<number> | undefined;
      let version = 0;
      const written: Promise<void>[] = [];
      for (let i = 0; i < edits; i++) {
        const change = client.sendChange(uri, [edit("9")]);
        version = change.version;
        written.push(change.written);
        if (i === Math.floor(edits / 2)) {
          const sent = performance.now();
          hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt }).then(() => performance.now() - sent);
        }
      }
      await Promise.all(written);
      const lastSent = performance.now();
      await client.nextDiagnostics(uri, version, 600_000);
      lastEditToDiagnosticsMs.push(performance.now() - lastSent);
      midBurstHoverMs.push(await hover!);
    }
    return { edits, lastEditToDiagnosticsMs, midBurstHoverMs, publishes: client.publishes(uri).length - before, peakMb: memoryOf(client.process.pid!).peakMb };
  } finally {
    await client.stop();
  }
}

/**
 * The language server on the cross-product plan, as rows for bench/index.ts
 * (measure, n, median, p95 (with 5 samples, the largest), target; memory
 * in MB as "after" and "peak"):
 * typing at 10,000 and 100,000 lines, the same with every MICIC rule off
 * (what is left is the server's own work: parse, resolve, the language
 * rules, diagnostics to JSON and back), and a burst of 200 changes.
 */
export async function benchLspShapes(edits = 100, largeEdits = 20, burstEdits = 200, bursts = 5): Promise<(string | number)[][]> {
  const small = await benchCrossProduct(10_000, edits);
  const large = await benchCrossProduct(100_000, largeEdits);
  const everyRuleOff = Object.fromEntries(allRules.filter((r) => !r.meta.alwaysOn).map((r) => [r.meta.code, "off"]));
  const bare = await benchCrossProduct(10_000, edits, everyRuleOff);
  const burst = await benchBurst(10_000, burstEdits, bursts);
  const size = (f: CrossProductFigures) => `${f.lines.toLocaleString("en")} lines`;
  const typing = (f: CrossProductFigures, what: string, target: string) => [`${size(f)}${what}: didChange → publishDiagnostics`, f.editMs.length, ms(median(f.editMs)), ms(percentile(f.editMs, 95)), target];
  const memory = (f: CrossProductFigures, target: string) => [`${size(f)}: server memory, MB (after the edits / peak)`, 1, f.rssMb.toFixed(0), f.peakMb.toFixed(0), target];
  return [
    [`${size(small)}: didOpen → publishDiagnostics`, 1, ms(small.openMs), "—", "—"],
    typing(small, "", "median ≤ 50, p95 ≤ 100"),
    memory(small, "≤ 200"),
    typing(bare, ", every MICIC rule off (the server's own work)", "—"),
    [`${size(large)}: didOpen → publishDiagnostics`, 1, ms(large.openMs), "—", "opens"],
    typing(large, "", "median ≤ 300"),
    memory(large, "≤ 600"),
    [`${size(small)}, ${burst.edits} changes back to back (${bursts} bursts, ${burst.publishes} publishes): last change → its diagnostics`, bursts, ms(median(burst.lastEditToDiagnosticsMs)), ms(percentile(burst.lastEditToDiagnosticsMs, 95)), "≤ 1000"],
    [`${size(small)}, ${burst.edits} changes back to back: hover sent after half of them`, bursts, ms(median(burst.midBurstHoverMs)), ms(percentile(burst.midBurstHoverMs, 95)), "≤ 100"],
    [`${size(small)}, ${burst.edits} changes back to back: server memory, MB (peak)`, 1, burst.peakMb.toFixed(0), "—", "≤ 200"],
  ];
}
