/**
 * The extension on the desktop (package.json `main`, dist/extension.js):
 * the activation of extension.ts, with the language server in Node over IPC
 * and the workspace task that runs the command line. The browser's entry
 * point is browser-extension.ts.
 */
import * as path from "node:path";
import type * as vscode from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";
import { activateExtension, type MicicApi } from "./extension";
import { SERVER_NODE_FLAGS } from "./server-flags";
import { registerTasks } from "./tasks";

export { SERVER_SOURCE, type MicicApi } from "./extension";

export function activate(context: vscode.ExtensionContext): Promise<MicicApi> {
  return activateExtension(context, {
    createClient: (clientOptions) => {
      const module = context.asAbsolutePath(path.join("dist", "server.js"));
      const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, "--nolazy", "--inspect=6009"] } },
      };
      // The id "micic" makes the client honour the `micic.trace.server` setting.
      return new LanguageClient("micic", "MICIC Plan", serverOptions, clientOptions);
    },
    markdownSchemes: ["file", "untitled"],
    register: registerTasks,
  });
}

export function deactivate(): void {
  // The client is stopped through the subscription extension.ts adds.
}
