/**
 * A real LSP client for tests: starts the built server (dist/server.js) as a
 * child process and speaks JSON-RPC to it over stdio, as any editor would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type Logger,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";
import { repoRoot } from "./plan";

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  capabilities!: ServerCapabilities;
  /** What the server answers to workspace/configuration for `micic`. */
  settings: Record<string, unknown> = {};
  private readonly versions = new Map<string, number>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics received, per document, in order: its version and how many diagnostics it held. */
  readonly published = new Map<string, { version?: number; count: number }[]>();
  private readonly waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** What the server logged (window/logMessage), and what this side's JSON-RPC connection reported as an error (a response without an id, say). */
  readonly logs: { from: "server" | "connection"; type: number; message: string }[] = [];
  private readonly logWaiters: { test: (entry: TestClient["logs"][number]) => boolean; resolve: (entry: TestClient["logs"][number]) => void }[] = [];
  stderr = "";

  /** `nodeOptions`: flags for the server's Node, as the extension passes them (SERVER_NODE_OPTIONS). */
  constructor(nodeOptions: readonly string[] = []) {
    this.process = spawn(process.execPath, [...nodeOptions, path.join(repoRoot, "dist", "server.js"), "--stdio"], { stdio: "pipe" });
    this.process.stderr!.on("data", (d) => (this.stderr += d));
    const logger: Logger = {
      error: (message) => this.log({ from: "connection", type: 1, message }),
      warn: (message) => this.log({ from: "connection", type: 2, message }),
      info: () => undefined,
      log: () => undefined,
    };
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!), logger);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      if (!this.published.has(params.uri)) this.published.set(params.uri, []);
      this.published.get(params.uri)!.push({ version: params.version, count: params.diagnostics.length });
      for (const waiter of [...this.waiters]) {
        if (waiter.uri !== params.uri) continue;
        if (waiter.version !== undefined && params.version !== waiter.version) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    this.connection.onRequest("workspace/configuration", (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === "micic" ? this.settings : null)),
    );
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onNotification("window/logMessage", (params: { type: number; message: string }) => this.log({ from: "server", ...params }));
    this.connection.listen();
  }

  /** `more`: capabilities beside the usual ones (a client's `experimental` ones, its `workspace.workspaceEdit`); `locale`: the display language the client announces. */
  async initialize(rootUri: string | null = null, more: ClientCapabilities = {}, locale?: string): Promise<void> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      ...(locale ? { locale } : {}),
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: "root" }] : null,
      capabilities: {
        ...more,
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, ...more.workspace },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          ...more.textDocument,
        },
      },
    });
    this.capabilities = result.capabilities;
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = "micic-plan", timeoutMs?: number): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const published = this.nextDiagnostics(uri, 1, timeoutMs);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return (await published).diagnostics;
  }

  /** Sends changes (incremental or whole) and waits for the diagnostics of that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[], timeoutMs?: number): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, version, timeoutMs);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return (await published).diagnostics;
  }

  /** Sends a change without waiting for anything. */
  async changeQuietly(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /**
   * Sends a change without waiting for it to be written, so that a series
   * of them goes back to back. Returns its version, and when it is written.
   */
  sendChange(uri: string, changes: TextDocumentContentChangeEvent[]): { version: number; written: Promise<void> } {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    return { version, written: this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes }) };
  }

  /**
   * Sends one didChange per entry of `changes` in a single write to the
   * server's input, past the connection (whose writer makes one write per
   * message, each in a turn of its own): they reach the server together.
   * Whatever was sent through the connection before must have been written.
   * Returns the last version.
   */
  writeChanges(uri: string, changes: TextDocumentContentChangeEvent[][]): number {
    let version = this.versions.get(uri) ?? 0;
    const frames = changes.map((contentChanges) => {
      const message = JSON.stringify({ jsonrpc: "2.0", method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version: ++version }, contentChanges } });
      return `Content-Length: ${Buffer.byteLength(message, "utf8")}\r\n\r\n${message}`;
    });
    this.versions.set(uri, version);
    this.process.stdin!.write(frames.join(""));
    return version;
  }

  /** Writes to the server's input as is, past the connection: for messages a well-behaved client would never send. */
  writeRaw(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  /**
   * Runs `send` with the server process stopped (SIGSTOP), then lets it go
   * on (SIGCONT): everything sent meanwhile is waiting for it at once, as
   * when an editor sends while the server is busy checking, whatever the
   * speed of this process and of the machine. What `send` writes must fit
   * in the socket (a few writes of some 100 KB at most), since nothing reads
   * it meanwhile. POSIX only.
   */
  async whileServerStopped(send: () => Promise<unknown>): Promise<void> {
    this.process.kill("SIGSTOP");
    try {
      await send();
    } finally {
      this.process.kill("SIGCONT");
    }
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Changes what the server reads from workspace/configuration, and tells it so. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  nextDiagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  private log(entry: TestClient["logs"][number]): void {
    this.logs.push(entry);
    for (const waiter of [...this.logWaiters]) {
      if (!waiter.test(entry)) continue;
      this.logWaiters.splice(this.logWaiters.indexOf(waiter), 1);
      waiter.resolve(entry);
    }
  }

  /** The first log entry (logged already, or to come) from `from` whose message matches `pattern`. */
  logged(from: "server" | "connection", pattern: RegExp, timeoutMs = 10_000): Promise<TestClient["logs"][number]> {
    const test = (entry: TestClient["logs"][number]) => entry.from === from && pattern.test(entry.message);
    const found = this.logs.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nothing matching ${pattern} logged by the ${from} within ${timeoutMs} ms; logs: ${JSON.stringify(this.logs)}; stderr: ${this.stderr}`)), timeoutMs);
      this.logWaiters.push({
        test,
        resolve: (entry) => {
          clearTimeout(timer);
          resolve(entry);
        },
      });
    });
  }

  latestDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.latest.get(uri);
  }

  /** Every publishDiagnostics received for a document so far, oldest first: its version and how many diagnostics it held. */
  publishes(uri: string): readonly { version?: number; count: number }[] {
    return this.published.get(uri) ?? [];
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // the server may be gone already
    }
    // Let it exit by itself (so it can flush, a CPU profile say), then make sure.
    if (this.process.exitCode === null) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 2000);
        this.process.once("exit", () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    this.connection.dispose();
    this.process.kill();
  }
}
