/**
 * `micic/checkWorkspace`: check every plan and Markdown plan note in the
 * workspace folders, open or not, and publish their diagnostics, so the
 * Problems panel shows the whole workspace. Answers with the totals.
 */
import { promises as fs } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { glob } from "tinyglobby";
import { RequestType } from "vscode-languageserver/node";
import { ConfigError, settingsFor } from "../core/config";
import { checkSource, sourceKindOf } from "../workspace/sources";
import { rulesByCode } from "../rules/index";
import type { ServerContext } from "./context";
import { toDiagnostic } from "./convert";

export interface WorkspaceCheckResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export const CheckWorkspaceRequest = new RequestType<void, WorkspaceCheckResult, void>("micic/checkWorkspace");

export function registerWorkspaceCheck(context: ServerContext, workspaceFolders: () => string[]): void {
  context.connection.onRequest(CheckWorkspaceRequest, async (_params, token) => {
    const result: WorkspaceCheckResult = { files: 0, errors: 0, warnings: 0, infos: 0 };
    for (const folder of workspaceFolders()) {
      if (!folder.startsWith("file:")) continue;
      const files = await glob(["**/*.micic", "**/*.md"], {
        cwd: fileURLToPath(folder),
        absolute: true,
        ignore: ["**/node_modules/**", "**/.git/**"],
      });
      for (const file of files.sort()) {
        if (token.isCancellationRequested) return result;
        const uri = pathToFileURL(file).href;
        const open = context.documents.get(uri);
        const text = open?.getText() ?? (await fs.readFile(file, "utf8").catch(() => undefined));
        if (text === undefined) continue;
        const kind = sourceKindOf(file);
        if (kind === "markdown" && !text.includes("micic")) continue;
        let config;
        try {
          config = context.models.configFiles.forFile(file);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          context.connection.console.warn(`micic-plan: ${error.message}`);
        }
        const editor = context.settingsOf(uri);
        const plans = checkSource(text, kind, settingsFor(config, { rules: editor.rules }));
        if (kind === "markdown" && plans.length === 0) continue;
        result.files++;
        const diagnostics = plans.flatMap((plan) =>
          plan.findings.map((f) => {
            if (f.severity === "error") result.errors++;
            else if (f.severity === "warning") result.warnings++;
            else result.infos++;
            return toDiagnostic(uri, plan.document.lines, f, !rulesByCode.get(f.code)?.meta.alwaysOn);
          }),
        );
        // Open documents keep the diagnostics of their live text.
        if (!open) void context.connection.sendDiagnostics({ uri, diagnostics });
      }
    }
    return result;
  });
}
