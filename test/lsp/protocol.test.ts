/**
 * The protocol's rules for the server's life and for what it reads, through
 * a real connection to the built server: each test starts a server of its
 * own, since each ends it in its own way.
 */
import assert from "node:assert/strict";
import { HoverRequest, DocumentSymbolRequest, DidOpenTextDocumentNotification, ExitNotification, InitializeRequest, ShutdownRequest } from "vscode-languageserver-protocol/node";
import { TestClient } from "../helpers/lsp-client";

const PLAN = 'plan "Protocol plan" {\n  country: "Uzbekistan"\n}\n';
const URI = "file:///protocol/plan.micic";
const hoverOnPlan = { textDocument: { uri: URI }, position: { line: 0, character: 1 } };

/** The error code a request was refused with (the test fails if it was answered). */
async function refusal(request: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    const answer = await request;
    assert.fail(`answered ${JSON.stringify(answer)} instead of refusing`);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    return error as { code: number; message: string };
  }
}

/** One message framed as the protocol frames it. */
function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`;
}

describe("language server protocol", function () {
  this.timeout(20_000);
  let client: TestClient;
  afterEach(async () => {
    await client?.stop();
  });

  describe("its life: initialize, shutdown, exit", () => {
    it("refuses a request before initialize with ServerNotInitialized (-32002), drops notifications, then initializes once", async () => {
      client = new TestClient();
      const early = await refusal(client.connection.sendRequest(HoverRequest.type, hoverOnPlan));
      assert.equal(early.code, -32002);
      assert.match(early.message, /initialize/);
      // A notification before initialize is dropped: this plan is never opened.
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: "micic-plan", version: 1, text: PLAN } });
      await client.initialize();
      assert.equal(await client.connection.sendRequest(HoverRequest.type, hoverOnPlan), null, "the plan sent before initialize is not open");
      await client.open(URI, PLAN);
      assert.notEqual(await client.connection.sendRequest(HoverRequest.type, hoverOnPlan), null, "opened after initialize, it is");

      const again = await refusal(client.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} }));
      assert.equal(again.code, -32600, "initialize is sent once");
    });

    it("refuses a request after shutdown with InvalidRequest (-32600), and exits with 0 on exit", async () => {
      client = new TestClient();
      await client.initialize();
      await client.open(URI, PLAN);
      assert.equal(await client.connection.sendRequest(ShutdownRequest.type), null);
      const late = await refusal(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }));
      assert.equal(late.code, -32600);
      assert.match(late.message, /shut/);
      const exited = new Promise<number | null>((resolve) => client.process.once("exit", (code) => resolve(code)));
      await client.connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    });

    it("exits with 1 when the editor goes away (its input closes) without shutdown", async () => {
      client = new TestClient();
      await client.initialize();
      const exited = new Promise<number | null>((resolve) => client.process.once("exit", (code) => resolve(code)));
      client.process.stdin!.end();
      assert.equal(await exited, 1);
    });
  });

  describe("what it reads", () => {
    it("logs a message whose header has no usable Content-Length, skips it and reads the next one", async () => {
      client = new TestClient();
      await client.initialize();
      client.writeRaw(`Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"shutdown"}`);
      assert.equal((await client.logged("server", /Content-Length/)).type, 1, "an error, in the editor's log");
      client.writeRaw(`Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0","id":98,"method":"shutdown"}`);
      await client.logged("server", /twelve/);
      assert.ok(client.logs.every((entry) => !/\n\s+at /.test(entry.message)), "no stack trace");
      // Neither was read as a shutdown: the server still answers.
      await client.open(URI, PLAN);
      assert.notEqual(await client.connection.sendRequest(HoverRequest.type, hoverOnPlan), null);
    });

    it("answers a body that is not JSON with a parse error (-32700, id null), and reads the next message", async () => {
      client = new TestClient();
      await client.initialize();
      client.writeRaw(`Content-Length: 10\r\n\r\n{bad json}` + frame({ jsonrpc: "2.0", method: "micic/nonsense" }));
      const answered = await client.logged("connection", /-32700/);
      assert.match(answered.message, /without id/, "the parse error's answer has id null");
      await client.logged("server", /not JSON/);
      await client.open(URI, PLAN);
      assert.notEqual(await client.connection.sendRequest(HoverRequest.type, hoverOnPlan), null);
    });
  });
});
