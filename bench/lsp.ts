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
import { TestClient } from "../test/helpers/lsp-client";
import { generatePlan } from "./generate";
import { median, ms, percentile, table } from "./stats";

export interface LspFigures {
  rows: (string | number)[][];
  /** The server's resident memory after the run. */
  rssMb: number;
  lines: number;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

export async function benchLsp(lines = 10_000, edits = 200, requests = 100, nodeOptions: readonly string[] = process.env.SERVER_FLAGS !== undefined ? process.env.SERVER_FLAGS.split(" ").filter(Boolean) : SERVER_NODE_FLAGS): Promise<LspFigures> {
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
  const rssMb = rssOf(client.process.pid!);
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
