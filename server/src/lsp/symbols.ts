/**
 * The outline (document symbols: the plan, its sections, stakeholders,
 * populations, channels, pathways, assembly points…) and workspace symbols
 * (every declared name in every open plan and every plan file in the
 * workspace folders).
 */
import { statSync } from "node:fs";
import { SymbolKind, type DocumentSymbol, type SymbolInformation, type WorkspaceSymbolParams } from "vscode-languageserver/node";
import type { Block, Member } from "../core/ast";
import { parseDocument, type PlanDocument } from "../core/document";
import { resolve, type Resolution } from "../core/resolve";
import { blockSpec } from "../core/schema";
import { readPlanFile } from "../workspace/read-plan";
import { withModel, type ServerContext } from "./context";
import type { PlanModel } from "./models";
import { filePathOf, uriOfFile } from "./uris";

/** A declared name, with what a workspace symbol search matches it by. */
interface NamedSymbol {
  name: string;
  title?: string;
  symbol: SymbolInformation;
}

/** The declarations of every plan in the document or file. */
function declarationsOf(uri: string, document: PlanDocument, resolution: Resolution): NamedSymbol[] {
  return resolution.allDeclarations.map((declaration) => ({
    name: declaration.name.toLowerCase(),
    title: declaration.block.title?.text.toLowerCase(),
    symbol: {
      name: declaration.name,
      kind: kinds[declaration.kind] ?? SymbolKind.Object,
      containerName: blockSpec(declaration.kind) ? declaration.block.title?.text ?? declaration.kind : undefined,
      location: { uri, range: document.lines.range(declaration.span) },
    },
  }));
}

/**
 * The declarations of plan files on disk, kept while the file's modification
 * time and size stay the same: a search as the drafter types reads and
 * parses only the files changed since the last.
 */
class FileDeclarations {
  private readonly files = new Map<string, { mtimeMs: number; size: number; declarations: NamedSymbol[] }>();

  of(file: string): NamedSymbol[] {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      this.files.delete(file);
      return [];
    }
    const kept = this.files.get(file);
    if (kept && kept.mtimeMs === stat.mtimeMs && kept.size === stat.size) return kept.declarations;
    // Read within the plan limits; what cannot be read has no symbols.
    const read = readPlanFile(file);
    const document = "problem" in read ? undefined : parseDocument(read.text);
    const declarations = document ? declarationsOf(uriOfFile(file), document, resolve(document.plan)) : [];
    this.files.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, declarations });
    return declarations;
  }
}

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

  const onDisk = new FileDeclarations();
  context.connection.onWorkspaceSymbol(async (params: WorkspaceSymbolParams, token) => {
    const query = params.query.toLowerCase();
    const symbols: SymbolInformation[] = [];
    const seen = new Set<string>();
    const add = (declarations: readonly NamedSymbol[]) => {
      for (const { name, title, symbol } of declarations) {
        if (!query || name.includes(query) || (title?.includes(query) ?? false)) symbols.push(symbol);
      }
    };
    try {
      for (const document of context.documents.all()) {
        if (document.languageId !== "micic-plan") continue;
        seen.add(document.uri);
        // An open plan has its model already: no second parse.
        for (const plan of context.models.parsed(document).plans) add(declarationsOf(document.uri, plan.document, plan.resolution));
      }
      for (const folder of workspaceFolders()) {
        const root = filePathOf(folder);
        if (root === undefined || token.isCancellationRequested) continue;
        // The plan files the workspace check sees (ignore files honoured), searched once.
        const { files } = await context.planFiles.search(root);
        for (const file of files) {
          if (!file.endsWith(".micic") || token.isCancellationRequested) continue;
          const uri = uriOfFile(file);
          if (seen.has(uri)) continue;
          seen.add(uri);
          add(onDisk.of(file));
        }
      }
    } catch (error) {
      context.connection.console.error(`micic-plan: workspace symbols failed: ${(error as Error)?.stack ?? error}`);
    }
    return symbols;
  });
}
