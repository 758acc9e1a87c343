/**
 * The language server in a web worker (dist/browser/server.js), for the
 * extension in vscode.dev and github.dev: the extension's browser entry
 * (client/src/browser-extension.ts) starts this bundle as a Worker and
 * speaks LSP with it through postMessage. The checks, hovers and
 * quick-fixes are the Node server's own (server.ts); only the connection
 * and the file access differ: there is no file system here, so the
 * configuration and ignore files are asked of the client (client-files.ts),
 * and nothing that searches folders on disk is offered (docs/web.md).
 */
import "./browser-globals";
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from "vscode-languageserver/browser";
import { startServer } from "./server";

/** The worker's own scope: messages from the client arrive on it, and answers are posted to it. */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

startServer({
  // A worker ends when the client terminates it: no exit code to give.
  connect: (options) => createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope), options),
  files: "client",
});
