/**
 * The client's half of `micic/readWorkspaceFile`: a language server in a
 * browser has no file system, so it asks the client for the configuration
 * and ignore files that apply to a plan (server/src/lsp/client-files.ts),
 * and the client reads them through `vscode.workspace.fs`, whichever file
 * system holds them (a GitHub repository on github.dev, a folder the
 * browser opened on vscode.dev, a remote machine).
 *
 * Bounded: a file larger than the server's limit is refused before it is
 * read. What cannot be read is answered with the reason, in the words the
 * Node server uses for a file on disk.
 */
import * as vscode from "vscode";

export const READ_WORKSPACE_FILE = "micic/readWorkspaceFile";

export interface ReadWorkspaceFileParams {
  uri: string;
  maxBytes: number;
}

export type WorkspaceFileAnswer = { text: string } | { missing: true } | { problem: string };

/** The largest file the server may ask for, whatever it says: a configuration is a few lines. */
const MAX_BYTES = 1024 * 1024;

export async function readWorkspaceFile(params: ReadWorkspaceFileParams): Promise<WorkspaceFileAnswer> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(String(params?.uri), true);
  } catch {
    return { problem: "its name is not a URI" };
  }
  const limit = Math.min(Number(params?.maxBytes) || MAX_BYTES, MAX_BYTES);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { problem: "it is a folder, not a file" };
    if (stat.size > limit) return { problem: `it is larger than the ${limit / 1048576} MiB such a file may be` };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > limit) return { problem: `it is larger than the ${limit / 1048576} MiB such a file may be` };
    // A byte-order mark is dropped, as reading the file from disk does.
    return { text: new TextDecoder("utf-8").decode(bytes) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === "FileNotFound" || error.code === "EntryNotFound")) return { missing: true };
    // Some file systems throw plain errors for a missing file.
    if (/\b(ENOENT|not found|FileNotFound|EntryNotFound)\b/i.test(String((error as Error)?.message ?? error))) return { missing: true };
    return { problem: `it cannot be read (${(error as Error)?.message ?? error})` };
  }
}
