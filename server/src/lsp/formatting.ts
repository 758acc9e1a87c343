/**
 * Document formatting through the core formatter: the whole plan in its
 * canonical layout, as one edit covering only what changed. A plan with
 * syntax errors is left as it is (the formatter refuses to guess).
 */
import type { TextEdit } from "vscode-languageserver/node";
import { formatPlan } from "../core/format";
import { withModel, type ServerContext } from "./context";

export function registerFormatting(context: ServerContext): void {
  context.connection.onDocumentFormatting(
    withModel(context, "formatting", [] as TextEdit[], (model, params) => {
      if (model.kind !== "plan") return [];
      const indent = params.options.insertSpaces ? " ".repeat(params.options.tabSize) : "\t";
      const formatted = formatPlan(model.text, { indent });
      if (formatted === undefined || formatted === model.text) return [];
      return [{ range: model.lines.range({ start: 0, end: model.text.length }), newText: formatted }];
    }),
  );
}
