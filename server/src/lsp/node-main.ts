/**
 * The language server in Node (dist/server.js): started by VS Code over
 * IPC, or by any editor over stdin and stdout:
 *
 *   node dist/server.js --stdio
 *
 * The stdio connection is transport.ts's (it survives a malformed message);
 * IPC, `--socket` and `--pipe` are vscode-languageserver's own. This server
 * reads the configuration and ignore files from disk itself.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server";
import { createStdioConnection } from "./transport";

startServer({
  connect: (options, exitCode) =>
    process.argv.includes("--stdio") ? createStdioConnection(options, exitCode) : createConnection(ProposedFeatures.all, options),
  files: "disk",
});
