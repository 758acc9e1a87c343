/**
 * `micic/checkWorkspace`: check every plan and Markdown plan note in the
 * workspace folders, open or not, and publish their diagnostics, so the
 * Problems panel shows the whole workspace. Answers with the totals.
 */
import { RequestType0, type CancellationToken } from "vscode-languageserver/node";
import { readPlanFile } from "../workspace/read-plan";
import { checkSource, sourceKindOf } from "../workspace/sources";
import type { ServerContext } from "./context";
import { toDiagnostic } from "./convert";
import { filePathOf, uriOfFile } from "./uris";

export interface WorkspaceCheckResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export const CheckWorkspaceRequest = new RequestType0<WorkspaceCheckResult, void>("micic/checkWorkspace");

export function registerWorkspaceCheck(context: ServerContext, workspaceFolders: () => string[]): void {
  // Registered by method name, and the token taken from the last argument:
  // a client may send no params, `null` or `[]`, and vscode-jsonrpc passes
  // `null` on to a handler as its first argument (which a RequestType0
  // handler takes for its token: "Cannot read properties of null").
  context.connection.onRequest(CheckWorkspaceRequest.method, (...args: unknown[]) => checkWorkspace(args[args.length - 1] as CancellationToken));

  async function checkWorkspace(token: CancellationToken): Promise<WorkspaceCheckResult> {
    const result: WorkspaceCheckResult = { files: 0, errors: 0, warnings: 0, infos: 0 };
    for (const folder of workspaceFolders()) {
      const root = filePathOf(folder);
      if (root === undefined) continue;
      // The search the command line makes: .gitignore and .micicignore
      // honoured (rule pages, READMEs with example plans are passed over).
      const { files, unreadable } = await context.planFiles.search(root);
      for (const [dir, error] of unreadable) {
        context.connection.console.warn(`micic-plan: cannot read the folder '${dir}': ${(error as Error)?.message ?? error}; the plans in it were not checked`);
      }
      for (const file of files) {
        if (token.isCancellationRequested) return result;
        const uri = uriOfFile(file);
        const open = context.documents.get(uri);
        // A file on disk is read within the plan limits; a pipe or device
        // named like a plan is skipped with a word in the log.
        const read = open ? undefined : readPlanFile(file);
        if (read && "problem" in read) {
          context.connection.console.warn(`micic-plan: cannot ${read.problem.action} '${file}': ${read.problem.reason}`);
          continue;
        }
        const text = open ? open.getText() : read!.text;
        const kind = sourceKindOf(file);
        if (kind === "markdown" && !text.includes("micic")) continue;
        // The same settings an open document gets (micic.configFile included).
        const { settings, problem } = context.models.settingsFor(uri);
        if (problem) context.connection.console.warn(`micic-plan: ${problem}`);
        const plans = checkSource(text, kind, settings);
        const locale = context.models.localeFor(uri);
        if (kind === "markdown" && plans.length === 0) continue;
        result.files++;
        const diagnostics = plans.flatMap((plan) =>
          plan.findings.map((f) => {
            if (f.severity === "error") result.errors++;
            else if (f.severity === "warning") result.warnings++;
            else result.infos++;
            return toDiagnostic(uri, plan.document.lines, f, locale);
          }),
        );
        // Open documents keep the diagnostics of their live text.
        if (!open) void context.connection.sendDiagnostics({ uri, diagnostics });
      }
    }
    return result;
  }
}
