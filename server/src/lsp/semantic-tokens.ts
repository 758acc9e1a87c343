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
const KEYWORD = type("keyword");
const PROPERTY = type("property");
const VARIABLE = type("variable");
const ENUM_MEMBER = type("enumMember");
const TYPE = type("type");
const DECLARATION = modifier("declaration");
const READONLY = modifier("readonly");
const DEPRECATED = modifier("deprecated");

/**
 * Tokens as a flat list of numbers, four to a token (start offset, length,
 * type, modifiers): a plan of 10,000 lines has 30,000 of them, and an
 * object each cost more than the rest of the work.
 */
type Tokens = number[];

function push(tokens: Tokens, span: Span, tokenType: number, modifiers: number): void {
  tokens.push(span.start, span.end - span.start, tokenType, modifiers);
}

function collect(plan: CheckResult, tokens: Tokens): void {
  const referenced = new Set(plan.resolution.references.map((r) => r.value));
  const unresolved = new Set(plan.resolution.references.filter((r) => !r.target).map((r) => r.value));
  const visit = (members: readonly Member[], known: boolean) => {
    for (const member of members) {
      if (member.type === "block") {
        const spec = blockSpec(member.kind.text);
        if (spec) push(tokens, member.kind.span, KEYWORD, 0);
        if (member.id && spec?.declares) push(tokens, member.id.span, VARIABLE, DECLARATION);
        visit(member.members, Boolean(spec));
        continue;
      }
      const parent = member.parent;
      const spec = known && parent ? attributeSpec(parent.kind.text, member.name.text) : undefined;
      if (!spec) continue;
      push(tokens, member.name.span, PROPERTY, 0);
      for (const value of member.values) {
        if (value.kind !== "ident") continue;
        if (referenced.has(value)) {
          // An unresolved reference is marked so themes can show it apart.
          push(tokens, value.span, VARIABLE, unresolved.has(value) ? DEPRECATED : 0);
        } else if (spec.type.kind === "country" || spec.type.kind === "language") {
          push(tokens, value.span, TYPE, READONLY);
        } else {
          push(tokens, value.span, ENUM_MEMBER, READONLY);
        }
      }
    }
  };
  visit(plan.document.members, true);
}

export function semanticTokens(model: PlanModel): SemanticTokens {
  let tokens: Tokens = [];
  for (const plan of model.plans) collect(plan, tokens);
  // The tree is walked in source order, so the tokens come sorted; sort
  // only if they do not.
  let sorted = true;
  for (let i = 4; i < tokens.length && sorted; i += 4) sorted = tokens[i] >= tokens[i - 4];
  if (!sorted) {
    const order = Array.from({ length: tokens.length / 4 }, (_, i) => i).sort((a, b) => tokens[a * 4] - tokens[b * 4]);
    tokens = order.flatMap((i) => tokens.slice(i * 4, i * 4 + 4));
  }
  // Lines found by walking forward with the tokens, not searched for each.
  const builder = new SemanticTokensBuilder();
  const starts = model.lines.lineStarts;
  let line = 0;
  for (let i = 0; i < tokens.length; i += 4) {
    const start = tokens[i];
    while (line + 1 < starts.length && starts[line + 1] <= start) line++;
    builder.push(line, start - starts[line], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
  }
  return builder.build();
}

export function registerSemanticTokens(context: ServerContext): void {
  context.connection.languages.semanticTokens.on(
    withModel(context, "semantic tokens", { data: [] } as SemanticTokens, (model) => semanticTokens(model)),
  );
}
