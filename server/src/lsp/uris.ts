/**
 * Document URIs as VS Code writes them, and the files they name. The
 * server keys open documents by the client's URI string, so a URI it makes
 * for a file on disk (a workspace check, a workspace symbol) must be
 * spelled the client's way: vscode-uri, the library VS Code and the
 * language server libraries use, encodes a Windows drive letter, spaces and
 * non-Latin letters as the client does, where Node's pathToFileURL differs.
 */
import { URI } from "vscode-uri";

/** The file a `file:` URI names, in this system's form; undefined for any other scheme (untitled:, vscode-notebook-cell:). */
export function filePathOf(uri: string): string | undefined {
  try {
    // Strict: a string without a scheme is no URI, not a file path.
    const parsed = URI.parse(uri, true);
    return parsed.scheme === "file" ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** The URI the client uses for a file on disk. */
export function uriOfFile(file: string): string {
  return URI.file(file).toString();
}
