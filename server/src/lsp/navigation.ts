/**
 * Go to definition, find references and document highlights: from a
 * declared name or a reference to every place that names the same thing.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location } from "vscode-languageserver/node";
import { declarationOf, locate, referencesTo } from "../core/locate";
import type { Declaration } from "../core/resolve";
import { withModel, type ServerContext } from "./context";
import { planAt, type ParsedPlan, type PlanModel } from "./models";

/** The declaration at a position, with the plan it belongs to. */
export function declarationAt(model: PlanModel, position: { line: number; character: number }): { plan: ParsedPlan; declaration: Declaration } | undefined {
  const offset = model.lines.offset(position);
  const plan = planAt(model, offset);
  if (!plan) return undefined;
  const declaration = declarationOf(locate(plan.document.members, plan.resolution, offset));
  return declaration ? { plan, declaration } : undefined;
}

export function registerNavigation(context: ServerContext): void {
  const { connection } = context;

  connection.onDefinition(
    withModel(context, "definition", null as Location | null, (model, params) => {
      const found = declarationAt(model, params.position);
      if (!found) return null;
      return { uri: params.textDocument.uri, range: model.lines.range(found.declaration.span) };
    }, ["position"]),
  );

  connection.onReferences(
    withModel(context, "references", [] as Location[], (model, params) => {
      const found = declarationAt(model, params.position);
      if (!found) return [];
      const spans = referencesTo(found.plan.resolution, found.declaration).map((r) => r.span);
      if (params.context.includeDeclaration) spans.unshift(found.declaration.span);
      return spans.map((span) => ({ uri: params.textDocument.uri, range: model.lines.range(span) }));
    }, ["position"]),
  );

  connection.onDocumentHighlight(
    withModel(context, "document highlight", [] as DocumentHighlight[], (model, params) => {
      const found = declarationAt(model, params.position);
      if (!found) return [];
      return [
        { range: model.lines.range(found.declaration.span), kind: DocumentHighlightKind.Write },
        ...referencesTo(found.plan.resolution, found.declaration).map((r) => ({
          range: model.lines.range(r.span),
          kind: DocumentHighlightKind.Read,
        })),
      ];
    }, ["position"]),
  );
}
