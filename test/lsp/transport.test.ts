/**
 * The server's reader of stdin (lsp/transport.ts), in memory: whatever the
 * chunks a stream of frames arrives in, the same messages come out, and a
 * malformed frame costs only itself.
 */
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { FramedStreamReader, type MalformedMessage } from "../../server/src/lsp/transport";

const RUNS = Number(process.env.MICIC_PROPERTY_RUNS ?? 300);

function frame(message: object, header = "Content-Length"): string {
  const body = JSON.stringify(message);
  return `${header}: ${Buffer.byteLength(body, "utf8")}\r\n\r\n${body}`;
}

/** Feeds `bytes` to a reader in chunks cut at `cuts`; answers the messages and problems it reported. */
async function read(bytes: Buffer, cuts: number[]): Promise<{ messages: unknown[]; problems: MalformedMessage[] }> {
  const stream = new PassThrough();
  const messages: unknown[] = [];
  const problems: MalformedMessage[] = [];
  const reader = new FramedStreamReader(stream, (problem) => problems.push(problem));
  reader.listen((message) => messages.push(message));
  const ended = new Promise<void>((resolve) => reader.onClose(() => resolve()));
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    stream.write(bytes.subarray(at, cut));
    at = cut;
  }
  stream.end(bytes.subarray(at));
  await ended;
  return { messages, problems };
}

const message = fc.record({ jsonrpc: fc.constant("2.0"), method: fc.constantFrom("a", "b/c", "$/d"), params: fc.record({ text: fc.string({ unit: "grapheme", maxLength: 20 }) }) });

describe("the server's reader of stdin", () => {
  it("reads the same messages whatever chunks they arrive in", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), async (messages, cuts) => {
        const { messages: read_, problems } = await read(Buffer.from(messages.map((m) => frame(m, "content-length")).join(""), "utf8"), cuts);
        assert.deepEqual(read_, JSON.parse(JSON.stringify(messages)));
        assert.deepEqual(problems, []);
      }),
      { numRuns: RUNS },
    );
  });

  it("skips a frame without a usable Content-Length, or whose body is not JSON, and reads every other", async () => {
    const bad = [
      `Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","method":"lost"}`,
      `Content-Length: 1e3\r\n\r\n{"jsonrpc":"2.0","method":"lost"}`,
      `no colon here\r\n\r\n{}`,
      `Content-Length: 6\r\n\r\nnot js`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 2, maxLength: 5 }), fc.constantFrom(...bad), fc.nat(), fc.array(fc.nat(), { maxLength: 12 }), async (messages, malformed, where, cuts) => {
        const at = 1 + (where % (messages.length - 1));
        const text = [...messages.slice(0, at).map((m) => frame(m)), malformed, ...messages.slice(at).map((m) => frame(m))].join("");
        const { messages: read_, problems } = await read(Buffer.from(text, "utf8"), cuts);
        assert.deepEqual(read_, JSON.parse(JSON.stringify(messages)));
        assert.equal(problems.length, 1, JSON.stringify(problems));
        assert.equal(problems[0].notJson, malformed.endsWith("not js"));
      }),
      { numRuns: RUNS },
    );
  });

  it("gives up on a header that never ends, and reads on after it", async () => {
    const next = { jsonrpc: "2.0", method: "after" };
    const { messages, problems } = await read(Buffer.from(`Content-Length: 5\n${"x".repeat(20_000)}` + frame(next)), [4096, 8192, 12288, 16384]);
    assert.deepEqual(messages, [next]);
    assert.equal(problems.length, 1);
    assert.match(problems[0].reason, /header ran past/);
  });
});
