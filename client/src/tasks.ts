/**
 * A task that checks every plan in the workspace with the command-line
 * checker shipped in the extension, its output read into the Problems panel
 * by the `$micic-plan` problem matcher (contributed in package.json).
 */
import * as path from "node:path";
import * as vscode from "vscode";

export const TASK_TYPE = "micic-plan";

export function registerTasks(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath(path.join("dist", "cli.js"));
  const taskFor = (folder: vscode.WorkspaceFolder, definition: vscode.TaskDefinition): vscode.Task => {
    const paths = Array.isArray(definition.paths) ? (definition.paths as string[]) : ["."];
    const execution = new vscode.ProcessExecution(process.execPath, [cli, "check", ...paths, "--no-color"], {
      cwd: folder.uri.fsPath,
      // Run the checker with VS Code's own Node, not an extension host.
      env: { ELECTRON_RUN_AS_NODE: "1" },
    });
    const task = new vscode.Task(definition, folder, "check the workspace", "micic-plan", execution, "$micic-plan");
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
  };
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (vscode.workspace.workspaceFolders ?? []).map((f) => taskFor(f, { type: TASK_TYPE })),
      resolveTask: (task) =>
        task.scope && typeof task.scope === "object" ? taskFor(task.scope as vscode.WorkspaceFolder, task.definition) : undefined,
    }),
  );
}
