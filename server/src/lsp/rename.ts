/**
 * Rename: a declared name and every reference to it, in one edit. Only ids
 * can be renamed; keywords, attribute names and allowed words cannot, and
 * the new name must be a valid id that is not already taken.
 */
import { ResponseError, type Range, type WorkspaceEdit } from "vscode-languageserver/node";
import { locate, referencesTo } from "../core/locate";
import { withModel, type ServerContext } from "./context";
import { declarationAt } from "./navigation";
import { planAt } from "./models";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function registerRename(context: ServerContext): void {
  const { connection } = context;

  connection.onPrepareRename(
    withModel(context, "prepare rename", null as { range: Range; placeholder: string } | null, (model, params) => {
      const found = declarationAt(model, params.position);
      if (found) {
        const offset = model.lines.offset(params.position);
        const located = locate(found.plan.document.members, found.plan.resolution, offset);
        const span = located?.kind === "reference" ? located.reference.span : found.declaration.span;
        return { range: model.lines.range(span), placeholder: found.declaration.name };
      }
      const offset = model.lines.offset(params.position);
      const plan = planAt(model, offset);
      const located = plan && locate(plan.document.members, plan.resolution, offset);
      if (located?.kind === "reference") {
        throw new ResponseError(0, `'${located.reference.name}' is not declared anywhere, so there is nothing to rename.`);
      }
      const what =
        located?.kind === "block-kind"
          ? "a block keyword"
          : located?.kind === "attribute-name"
            ? "an attribute name"
            : located?.kind === "value"
              ? "a value"
              : "this";
      throw new ResponseError(0, `Only the ids of stakeholders, populations, channels, pathways and other declared blocks can be renamed, not ${what}.`);
    }, ["position"]),
  );

  connection.onRenameRequest(
    withModel(context, "rename", null as WorkspaceEdit | null, (model, params) => {
      const found = declarationAt(model, params.position);
      if (!found) return null;
      const newName = params.newName.trim();
      if (!IDENTIFIER.test(newName)) {
        throw new ResponseError(0, `'${newName}' is not a valid id: start with a letter, then letters, digits, '_' or '-'.`);
      }
      const taken = found.plan.resolution.declarations.get(newName);
      if (taken && taken !== found.declaration) {
        throw new ResponseError(0, `'${newName}' already names a ${taken.kind}: choose another id.`);
      }
      const spans = [found.declaration.span, ...referencesTo(found.plan.resolution, found.declaration).map((r) => r.span)];
      return {
        changes: { [params.textDocument.uri]: spans.map((span) => ({ range: model.lines.range(span), newText: newName })) },
      };
    }, ["position"]),
  );
}
