/**
 * The connection over stdin and stdout (`--stdio`, how editors other than
 * VS Code start the server), with a reader that survives a malformed
 * message. vscode-jsonrpc's StreamMessageReader, given a header without a
 * usable Content-Length, fires an error that vscode-languageserver does not
 * listen to, then reads that message's body as the next header, and so
 * every message after it: the server went deaf without a word. Here a
 * malformed message is logged in the editor's log (window/logMessage) and
 * skipped, reading resumes at the next Content-Length, and a body that is
 * not JSON is answered with a parse error (-32700, id null, as JSON-RPC
 * asks when the id cannot be read).
 *
 * VS Code starts the server over IPC (`--node-ipc`), where Node frames and
 * parses the messages itself; that connection, and `--socket` and `--pipe`,
 * are vscode-languageserver's own.
 */
import { format } from "node:util";
import {
  AbstractMessageReader,
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
  type DataCallback,
  type Disposable,
  type Message,
  type ResponseMessage,
} from "vscode-languageserver/node";

/** A message the reader could not read, and why, in words for the editor's log. */
export interface MalformedMessage {
  reason: string;
  /** Its header was sound but its body is not JSON: it deserves a parse error. */
  notJson: boolean;
}

const HEADER_END = Buffer.from("\r\n\r\n", "ascii");
const CONTENT_LENGTH = "content-length:";
/** A header longer than this is not a header: the reader skips it rather than wait for its end. */
const MAX_HEADER_BYTES = 8 * 1024;

/**
 * Reads the protocol's frames from a stream: header lines (`Content-Length:
 * N`, perhaps `Content-Type: …`), a blank line, then N bytes of JSON in
 * UTF-8. What it cannot read it tells `malformed` and skips.
 */
export class FramedStreamReader extends AbstractMessageReader {
  /** What was received and not yet read, in the order received. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The length of the body being waited for, once its header is read. */
  private bodyLength: number | undefined;
  /** After a malformed header: bytes are dropped up to the next Content-Length. */
  private skipping = false;
  private callback: DataCallback | undefined;

  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly malformed: (problem: MalformedMessage) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer) => this.read(data);
    const onError = (error: Error) => this.fireError(error);
    // A pipe ends, then closes; told once.
    let closed = false;
    const onClose = () => {
      if (closed) return;
      closed = true;
      this.fireClose();
    };
    this.stream.on("data", onData);
    this.stream.on("error", onError);
    this.stream.on("end", onClose);
    this.stream.on("close", onClose);
    return {
      dispose: () => {
        this.stream.off("data", onData);
        this.stream.off("error", onError);
        this.stream.off("end", onClose);
        this.stream.off("close", onClose);
      },
    };
  }

  private read(data: Buffer): void {
    this.chunks.push(data);
    this.buffered += data.length;
    for (;;) {
      if (this.bodyLength === undefined && !this.readHeader()) return;
      if (this.buffered < this.bodyLength!) return;
      const pending = this.pending();
      const body = pending.subarray(0, this.bodyLength);
      this.keep(pending.subarray(this.bodyLength));
      this.bodyLength = undefined;
      this.deliver(body);
    }
  }

  /** Reads the next header if it is all there; answers whether a body length is now known. */
  private readHeader(): boolean {
    for (;;) {
      let pending = this.pending();
      if (this.skipping) {
        const next = pending.toString("latin1").toLowerCase().indexOf(CONTENT_LENGTH);
        if (next < 0) {
          // Keep what could be the start of "Content-Length:", cut by the chunk's end.
          this.keep(pending.subarray(Math.max(0, pending.length - CONTENT_LENGTH.length + 1)));
          return false;
        }
        pending = pending.subarray(next);
        this.keep(pending);
        this.skipping = false;
      }
      const end = pending.indexOf(HEADER_END);
      if (end < 0) {
        if (pending.length <= MAX_HEADER_BYTES) return false;
        // Dropped, but for what could be the start of a "Content-Length:" cut by the chunk's end.
        this.keep(pending.subarray(pending.length - CONTENT_LENGTH.length + 1));
        this.skip(`its header ran past ${MAX_HEADER_BYTES} bytes without a blank line ending it`);
        continue;
      }
      const header = pending.toString("latin1", 0, end);
      this.keep(pending.subarray(end + HEADER_END.length));
      const length = contentLength(header);
      if (typeof length === "string") {
        this.skip(length);
        continue;
      }
      this.bodyLength = length;
      return true;
    }
  }

  private skip(reason: string): void {
    this.malformed({ reason: `a message from the editor was skipped: ${reason}.`, notJson: false });
    this.skipping = true;
  }

  private deliver(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString("utf8"));
    } catch (error) {
      this.malformed({ reason: `a message from the editor is not JSON (${(error as Error).message}); it was answered with a parse error.`, notJson: true });
      return;
    }
    this.callback?.(message as Message);
  }

  /** What was received and not yet read, as one buffer. */
  private pending(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0];
  }

  private keep(rest: Buffer): void {
    this.chunks = [rest];
    this.buffered = rest.length;
  }
}

/** The body's length from a header, or what is wrong with the header. */
function contentLength(header: string): number | string {
  let length: number | string = `its header has no Content-Length ('${shorten(header)}')`;
  for (const line of header.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) return `a header line has no ':' ('${shorten(line)}')`;
    if (line.slice(0, colon).trim().toLowerCase() !== "content-length") continue;
    const value = line.slice(colon + 1).trim();
    length = /^\d{1,15}$/.test(value) ? Number(value) : `its Content-Length is not a number of bytes ('${shorten(value)}')`;
  }
  return length;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\r?\n/g, " | ");
  return oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine;
}

/**
 * The server's connection over stdin and stdout. What vscode-languageserver
 * does when it opens them itself is done here too: the server exits when
 * stdin closes (with 0 after `shutdown`, 1 otherwise), and what the code
 * would print on stdout goes to the editor's log instead, since stdout
 * carries only messages.
 */
export function createStdioConnection(options: ConnectionOptions, exitCode: () => number): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  let connection: Connection | undefined = undefined;
  const reader = new FramedStreamReader(process.stdin, (problem) => {
    connection?.console.error(`micic-plan: ${problem.reason}`);
    if (problem.notJson) {
      const answer: ResponseMessage = { jsonrpc: "2.0", id: null, error: { code: ErrorCodes.ParseError, message: problem.reason } };
      void writer.write(answer).catch(() => undefined);
    }
  });
  reader.onClose(() => process.exit(exitCode()));
  connection = createConnection(ProposedFeatures.all, reader, writer, options);
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = console.info = console.debug = console.dir = console.table = log;
  return connection;
}
