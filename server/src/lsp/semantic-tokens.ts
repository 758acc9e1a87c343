/**
 * Semantic tokens: what only the resolver knows, on top of the TextMate
 * grammar. Declared names and references to them (and whether a reference
 * resolves), block keywords, attribute names the schema knows, and the
 * schema's words and codes as values.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from "vscode-languageserver/node";
import type { Member } from "../core/ast";
import type { CheckResult } from "../core/check";
import { attributeSpec, blockSpec } from "../core/schema";
import type { Span } from "../core/text";
import { withModel, type ServerContext } from "./context";
import type { PlanModel } from "./models";

export const legend: SemanticTokensLegend = {
  tokenTypes: ["keyword", "property", "variable", "enumMember", "type"],
  tokenModifiers: ["declaration", "readonly", "deprecated"],
};

const type = (name: string) => legend.tokenTypes.indexOf(name);
const modifier = (name: string) => 1 << legend.tokenModifiers.indexOf(name);

interface Token {
  span: Span;
  type: number;
  modifiers: number;
}

function collect(plan: CheckResult): Token[] {
  const tokens: Token[] = [];
  const referenced = new Set(plan.resolution.references.map((r) => r.value));
  const unresolved = new Set(plan.resolution.references.filter((r) => !r.target).map((r) => r.value));
  const visit = (members: readonly Member[], known: boolean) => {
    for (const member of members) {
      if (member.type === "block") {
        const spec = blockSpec(member.kind.text);
        if (spec) tokens.push({ span: member.kind.span, type: type("keyword"), modifiers: 0 });
        if (member.id && spec?.declares) tokens.push({ span: member.id.span, type: type("variable"), modifiers: modifier("declaration") });
        visit(member.members, Boolean(spec));
        continue;
      }
      const parent = member.parent;
      const spec = known && parent ? attributeSpec(parent.kind.text, member.name.text) : undefined;
      if (!spec) continue;
      tokens.push({ span: member.name.span, type: type("property"), modifiers: 0 });
      for (const value of member.values) {
        if (value.kind !== "ident") continue;
        if (referenced.has(value)) {
          // An unresolved reference is marked so themes can show it apart.
          tokens.push({ span: value.span, type: type("variable"), modifiers: unresolved.has(value) ? modifier("deprecated") : 0 });
        } else if (spec.type.kind === "country" || spec.type.kind === "language") {
          tokens.push({ span: value.span, type: type("type"), modifiers: modifier("readonly") });
        } else {
          tokens.push({ span: value.span, type: type("enumMember"), modifiers: modifier("readonly") });
        }
      }
    }
  };
  visit(plan.document.members, true);
  return tokens;
}

export function semanticTokens(model: PlanModel): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const tokens = model.plans.flatMap(collect).sort((a, b) => a.span.start - b.span.start);
  for (const token of tokens) {
    const start = model.lines.position(token.span.start);
    builder.push(start.line, start.character, token.span.end - token.span.start, token.type, token.modifiers);
  }
  return builder.build();
}

export function registerSemanticTokens(context: ServerContext): void {
  context.connection.languages.semanticTokens.on(
    withModel(context, "semantic tokens", { data: [] } as SemanticTokens, (model) => semanticTokens(model)),
  );
}
