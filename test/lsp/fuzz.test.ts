/**
 * The server against random and mutated documents and random requests at
 * random places: it never answers with an error it did not mean, every
 * range it returns lies inside the document, and it keeps serving. Also:
 * a client that goes away ends the server cleanly.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as path from "node:path";
import fc from "fast-check";
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  SelectionRangeRequest,
  SemanticTokensRequest,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { TestClient } from "../helpers/lsp-client";
import { repoRoot, sampleFiles } from "../helpers/plan";

/** Every { start, end } range found anywhere in a response. */
function rangesIn(value: unknown, found: { start: { line: number; character: number }; end: { line: number; character: number } }[] = []) {
  if (Array.isArray(value)) for (const v of value) rangesIn(v, found);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (o.start && o.end && typeof (o.start as { line?: unknown }).line === "number") found.push(o as never);
    for (const v of Object.values(o)) rangesIn(v, found);
  }
  return found;
}

const pieces = ["{", "}", ":", ",", '"', "\n", "stakeholder x \"X\" {", "kind: ", "provider: ", "evacuation {", "# c", "@", "12", "yes"];

describe("language server: fuzzing requests", function () {
  this.timeout(180_000);
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize(null);
  });
  after(async () => client?.stop());

  it("answers every request on random documents with ranges inside them", async () => {
    const samples = sampleFiles();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: samples.length - 1 }),
        fc.array(fc.record({ at: fc.nat({ max: 1_000_000 }), cut: fc.nat({ max: 30 }), put: fc.constantFrom(...pieces) }), { maxLength: 4 }),
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
        async (sample, edits, places) => {
          let text = samples[sample].text;
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.put + text.slice(at + e.cut);
          }
          const uri = `file:///fuzz/doc${++n}.micic`;
          await client.open(uri, text);
          const doc = TextDocument.create(uri, "micic-plan", 1, text);
          const lastLine = doc.lineCount - 1;
          const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line <= lastLine && p.character >= 0;
          const positions = places.map((p) => doc.positionAt(p % (text.length + 1)));
          const range = { start: positions[0], end: positions[1].line >= positions[0].line ? positions[1] : positions[0] };
          const td = { uri };
          const requests: [string, Promise<unknown>][] = [
            ["hover", client.connection.sendRequest(HoverRequest.type, { textDocument: td, position: positions[2] })],
            ["completion", client.connection.sendRequest(CompletionRequest.type, { textDocument: td, position: positions[2] })],
            ["definition", client.connection.sendRequest(DefinitionRequest.type, { textDocument: td, position: positions[0] })],
            ["references", client.connection.sendRequest(ReferencesRequest.type, { textDocument: td, position: positions[1], context: { includeDeclaration: true } })],
            ["highlight", client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: td, position: positions[1] })],
            ["symbols", client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: td })],
            ["folding", client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: td })],
            ["selection", client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: td, positions })],
            ["semantic tokens", client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: td })],
            ["formatting", client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: td, options: { tabSize: 2, insertSpaces: true } })],
            ["code actions", client.connection.sendRequest(CodeActionRequest.type, { textDocument: td, range, context: { diagnostics: client.latestDiagnostics(uri)?.diagnostics ?? [] } })],
            ["fix all", client.connection.sendRequest(CodeActionRequest.type, { textDocument: td, range, context: { diagnostics: [], only: ["source.fixAll"] } })],
            ["code lens", client.connection.sendRequest(CodeLensRequest.type, { textDocument: td })],
          ];
          for (const [name, pending] of requests) {
            const answer = await pending;
            for (const r of rangesIn(answer)) {
              assert.ok(inside(r.start) && inside(r.end), `${name} returned a range outside the document: ${JSON.stringify(r)}`);
            }
          }
          // prepareRename may refuse (a keyword), but only with a message for the user.
          await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: positions[0] }).catch((error: { message: string }) => {
            assert.match(error.message, /renamed|rename/, "a refusal that says why");
          });
          for (const d of client.latestDiagnostics(uri)?.diagnostics ?? []) {
            assert.ok(inside(d.range.start) && inside(d.range.end), `a diagnostic outside the document: ${JSON.stringify(d.range)}`);
          }
        },
      ),
      { numRuns: 100 },
    );
    assert.match(client.stderr, /^$/, "nothing on stderr");
  });
});

describe("language server: a client that goes away", function () {
  this.timeout(30_000);

  it("ends the server when its input closes", async () => {
    const server = spawn(process.execPath, [path.join(repoRoot, "dist", "server.js"), "--stdio"], { stdio: "pipe" });
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.stdin.end();
    const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 10_000))]);
    if (code === "still running") server.kill();
    assert.notEqual(code, "still running", "the server ended by itself");
  });
});
