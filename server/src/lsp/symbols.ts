/**
 * The outline (document symbols: the plan, its sections, stakeholders,
 * populations, channels, pathways, assembly points…) and workspace symbols
 * (every declared name in every open plan and every plan file in the
 * workspace folders).
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { glob } from "tinyglobby";
import { SymbolKind, type DocumentSymbol, type SymbolInformation, type WorkspaceSymbolParams } from "vscode-languageserver/node";
import type { Block, Member } from "../core/ast";
import { parseDocument, type PlanDocument } from "../core/document";
import { resolve, type Resolution } from "../core/resolve";
import { blockSpec } from "../core/schema";
import { readPlanFile } from "../workspace/read-plan";
import { withModel, type ServerContext } from "./context";
import type { PlanModel } from "./models";

const kinds: Record<string, SymbolKind> = {
  plan: SymbolKind.File,
  stakeholder: SymbolKind.Class,
  population: SymbolKind.Struct,
  evacuation: SymbolKind.Namespace,
  communication: SymbolKind.Namespace,
  referral: SymbolKind.Namespace,
  coordination: SymbolKind.Namespace,
  recovery: SymbolKind.Namespace,
  "assembly-point": SymbolKind.Object,
  route: SymbolKind.Event,
  "alert-level": SymbolKind.EnumMember,
  channel: SymbolKind.Interface,
  pathway: SymbolKind.Function,
};

function symbolName(block: Block): string {
  if (block.kind.text === "plan") return block.title?.text ?? "plan";
  return block.id?.text ?? block.kind.text;
}

function toSymbols(members: readonly Member[], model: PlanModel): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const member of members) {
    if (member.type !== "block") continue;
    const detail = member.kind.text === "plan" ? "plan" : [member.kind.text, member.title?.text].filter(Boolean).join(" · ");
    symbols.push({
      name: symbolName(member) || member.kind.text,
      detail,
      kind: kinds[member.kind.text] ?? SymbolKind.Object,
      range: model.lines.range(member.span),
      selectionRange: model.lines.range(member.id?.span ?? member.title?.span ?? member.kind.span),
      children: toSymbols(member.members, model),
    });
  }
  return symbols;
}

export function registerSymbols(context: ServerContext, workspaceFolders: () => string[]): void {
  context.connection.onDocumentSymbol(
    withModel(context, "document symbols", [] as DocumentSymbol[], (model) =>
      model.plans.flatMap((plan) => toSymbols(plan.document.members, model)),
    ),
  );

  context.connection.onWorkspaceSymbol(async (params: WorkspaceSymbolParams, token) => {
    const query = params.query.toLowerCase();
    const symbols: SymbolInformation[] = [];
    const seen = new Set<string>();
    const add = (uri: string, document: PlanDocument, resolution: Resolution) => {
      for (const declaration of resolution.allDeclarations) {
        if (query && !declaration.name.toLowerCase().includes(query) && !(declaration.block.title?.text.toLowerCase().includes(query) ?? false)) continue;
        symbols.push({
          name: declaration.name,
          kind: kinds[declaration.kind] ?? SymbolKind.Object,
          containerName: blockSpec(declaration.kind) ? declaration.block.title?.text ?? declaration.kind : undefined,
          location: { uri, range: document.lines.range(declaration.span) },
        });
      }
    };
    try {
      for (const document of context.documents.all()) {
        if (document.languageId !== "micic-plan") continue;
        seen.add(document.uri);
        // An open plan has its model already: no second parse.
        for (const plan of context.models.parsed(document).plans) add(document.uri, plan.document, plan.resolution);
      }
      for (const folder of workspaceFolders()) {
        if (token.isCancellationRequested) break;
        const files = await glob("**/*.micic", { cwd: fileURLToPath(folder), absolute: true, ignore: ["**/node_modules/**", "**/.git/**"] });
        for (const file of files) {
          const uri = pathToFileURL(file).href;
          if (seen.has(uri) || token.isCancellationRequested) continue;
          seen.add(uri);
          // Read within the plan limits; what cannot be read has no symbols.
          const read = readPlanFile(file);
          if ("problem" in read) continue;
          const document = parseDocument(read.text);
          add(uri, document, resolve(document.plan));
        }
      }
    } catch (error) {
      context.connection.console.error(`micic-plan: workspace symbols failed: ${(error as Error)?.stack ?? error}`);
    }
    return symbols;
  });
}
