/**
 * `micic/report`: the reviewer's Markdown report for an open plan, built by
 * the same code as `micic-plan report`. The extension opens it in the
 * Markdown preview.
 */
import * as path from "node:path";
import { RequestType } from "vscode-languageserver/node";
import { renderReport } from "../report/markdown";
import type { ServerContext } from "./context";
import { filePathOf } from "./uris";

export const ReportRequest = new RequestType<{ uri: string }, { markdown: string } | null, void>("micic/report");

export function registerReport(context: ServerContext): void {
  context.connection.onRequest(ReportRequest, (params) => {
    const document = context.documents.get(params.uri);
    if (!document) return null;
    const text = context.models.parsed(document).text;
    const file = filePathOf(params.uri);
    const name = file !== undefined ? path.basename(file) : params.uri;
    const parts = context.models.checked(document).plans.map((plan) => renderReport(text, plan, { path: name }));
    return parts.length > 0 ? { markdown: parts.join("\n---\n\n") } : null;
  });
}
