/**
 * Rename: a declared name and every reference to it, in one edit. Only ids
 * can be renamed; keywords, attribute names and allowed words cannot. The
 * new name must be a valid id, not already taken, and not a word the
 * language already gives a meaning: a block keyword, or an allowed value
 * (`all`, `yes`, `no`, the schema's words), which would change what the
 * plan says (`covers: all` means every population). Each refusal is a
 * RequestFailed error whose message the editor shows.
 */
import { LSPErrorCodes, ResponseError, type Range, type WorkspaceEdit } from "vscode-languageserver/node";
import { Identifier, lex } from "../core/lexer";
import { locate, referencesTo } from "../core/locate";
import { schemaVocabulary } from "../core/schema";
import { withModel, type ServerContext } from "./context";
import { declarationAt } from "./navigation";
import { planAt } from "./models";

/** Whether the lexer reads `name` as one name, whole (a letter of any script, then letters, digits, '_' or '-'). */
function isName(name: string): boolean {
  const { tokens, comments, problems } = lex(name);
  return tokens.length === 1 && tokens[0].tokenType === Identifier && tokens[0].image === name && comments.length === 0 && problems.length === 0;
}

/** The words a new name may not be (worked out at the first rename). */
let reserved: { keywords: Set<string>; values: Set<string> } | undefined;
function reservedWords(): { keywords: Set<string>; values: Set<string> } {
  if (!reserved) {
    const vocabulary = schemaVocabulary();
    reserved = { keywords: new Set(vocabulary.blocks), values: new Set(vocabulary.values) };
  }
  return reserved;
}

/** A refusal the editor shows to the user. */
function refuse(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

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
        throw refuse(`'${located.reference.name}' is not declared anywhere, so there is nothing to rename.`);
      }
      const what =
        located?.kind === "block-kind"
          ? "a block keyword"
          : located?.kind === "attribute-name"
            ? "an attribute name"
            : located?.kind === "value"
              ? "a value"
              : "this";
      throw refuse(`Only the ids of stakeholders, populations, channels, pathways and other declared blocks can be renamed, not ${what}.`);
    }, ["position"]),
  );

  connection.onRenameRequest(
    withModel(context, "rename", null as WorkspaceEdit | null, (model, params) => {
      const found = declarationAt(model, params.position);
      if (!found) return null;
      // Names are compared in Unicode's composed form (core/parser.ts).
      const newName = params.newName.trim().normalize("NFC");
      if (!isName(newName)) {
        throw refuse(`'${newName}' is not a valid id: start with a letter (of any script), then letters, digits, '_' or '-'.`);
      }
      const { keywords, values } = reservedWords();
      if (keywords.has(newName)) {
        throw refuse(`'${newName}' is a block keyword, and an id that reads as one would confuse whoever reads the plan. Choose another id.`);
      }
      if (values.has(newName)) {
        throw refuse(`'${newName}' is a word the plan language already gives a meaning (an allowed value, like 'all', 'yes' or 'no'): as an id it would change what the plan says. Choose another id.`);
      }
      const taken = found.plan.resolution.declarations.get(newName);
      if (taken && taken !== found.declaration) {
        throw refuse(`'${newName}' already names a ${taken.kind}: choose another id.`);
      }
      const spans = [found.declaration.span, ...referencesTo(found.plan.resolution, found.declaration).map((r) => r.span)];
      return {
        changes: { [params.textDocument.uri]: spans.map((span) => ({ range: model.lines.range(span), newText: newName })) },
      };
    }, ["position"]),
  );
}
