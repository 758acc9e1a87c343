/**
 * What every feature file receives: the connection, the open documents and
 * their models, and a guard that keeps a failing feature from taking the
 * server down.
 */
import { ErrorCodes, ResponseError, type CancellationToken, type Connection, type TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { MicicIgnoreFiles, PlanFileIndex } from "../workspace/discovery";
import type { PlanModel, PlanModels } from "./models";
import type { EditorSettings } from "./settings";

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  models: PlanModels;
  settingsOf(uri: string): EditorSettings;
  /** The plan files of each workspace folder, kept until a file event says otherwise. */
  planFiles: PlanFileIndex;
  /** What `.micicignore` files say of an open document: an ignored one gets no diagnostics. */
  micicIgnore: MicicIgnoreFiles;
  /** Client capabilities that change what the server sends. */
  capabilities: { snippets: boolean; relatedInformation: boolean; snippetEdits: SnippetEdits; openRuleDocs: boolean };
}

/**
 * How a client can take a quick-fix edit whose text is a snippet (tab stops
 * for the drafter to fill): as LSP 3.18's snippet text edits in a workspace
 * edit; through the command the VS Code extension adds for it (announced
 * in `experimental`, see code-actions.ts); or not at all (plain text).
 */
export type SnippetEdits = "workspaceEdit" | "command" | "none";

/**
 * Runs a request handler against the parse of the document's current
 * version (a handler that needs findings asks the models for the check):
 * answers `fallback` for a document that is not open, a cancelled request,
 * or a handler that throws (logged, so the bug is seen, but the server keeps
 * answering). A ResponseError is a deliberate answer and reaches the client.
 */
export function withModel<P extends { textDocument: { uri: string } }, R>(
  context: ServerContext,
  feature: string,
  fallback: R,
  handler: (model: PlanModel, params: P, document: TextDocument, token: CancellationToken) => R,
  requires: readonly ("position" | "range")[] = [],
): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    const problem = malformed(params, requires);
    if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `${feature}: ${problem}`);
    const document = context.documents.get(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return fallback;
    try {
      return handler(context.models.parsed(document), params, document, token);
    } catch (error) {
      // A refusal meant for the user (rename of a keyword) goes back as is.
      if (error instanceof ResponseError) throw error;
      context.connection.console.error(`micic-plan: ${feature} failed on ${params.textDocument.uri}: ${(error as Error)?.stack ?? error}`);
      return fallback;
    }
  };
}

function isPosition(value: unknown): boolean {
  const p = value as { line?: unknown; character?: unknown } | undefined;
  return Number.isInteger(p?.line) && Number.isInteger(p?.character) && (p!.line as number) >= 0 && (p!.character as number) >= 0;
}

/** What is wrong with a request's parameters, if anything: a protocol error, not a crash. */
function malformed(params: unknown, requires: readonly ("position" | "range")[]): string | undefined {
  const p = params as { textDocument?: { uri?: unknown }; position?: unknown; range?: { start?: unknown; end?: unknown } } | undefined;
  if (typeof p?.textDocument?.uri !== "string") return "textDocument.uri is missing";
  if (requires.includes("position") && !isPosition(p.position)) return "position must be { line, character } with whole numbers";
  if (requires.includes("range") && !(isPosition(p.range?.start) && isPosition(p.range?.end))) return "range must have a start and an end position";
  return undefined;
}
