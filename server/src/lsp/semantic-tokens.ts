/**
 * Semantic tokens: what only the resolver knows, on top of the TextMate
 * grammar. Declared names and references to them (and whether a reference
 * resolves), block keywords, attribute names the schema knows, and the
 * schema's words and codes as values.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensDeltaParams, type SemanticTokensLegend } from "vscode-languageserver/node";
import type { Member } from "../core/ast";
import { attributeSpec, blockSpec } from "../core/schema";
import type { Span } from "../core/text";
import { withModel, type ServerContext } from "./context";
import type { ParsedPlan, PlanModel } from "./models";

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

function collect(plan: ParsedPlan, tokens: Tokens): void {
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

/** Pushes the model's tokens into `builder`, in order, as the protocol encodes them. */
function fill(builder: SemanticTokensBuilder, model: PlanModel): void {
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
  const starts = model.lines.lineStarts;
  let line = 0;
  for (let i = 0; i < tokens.length; i += 4) {
    const start = tokens[i];
    while (line + 1 < starts.length && starts[line + 1] <= start) line++;
    builder.push(line, start - starts[line], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
  }
}

export function semanticTokens(model: PlanModel, builder = new SemanticTokensBuilder()): SemanticTokens {
  fill(builder, model);
  return builder.build();
}

/**
 * Whole-file tokens, and after an edit only what changed since the last
 * answer (`semanticTokens/full/delta`): a 10,000-line plan has 30,000 tokens,
 * 360 KB to send again at every pause in typing, where an edit inside one
 * contact changes none. Each open document keeps a builder that remembers
 * its last answer.
 */
export function registerSemanticTokens(context: ServerContext): void {
  // The builder of each open document, with the id of the last answer sent
  // from it. Our own ids: the builder's are the time in milliseconds, which
  // two answers can share.
  const builders = new Map<string, { builder: SemanticTokensBuilder; resultId: string }>();
  let answers = 0;
  const sent = <T extends SemanticTokens | SemanticTokensDelta>(uri: string, builder: SemanticTokensBuilder, answer: T): T => {
    const resultId = String(++answers);
    builders.set(uri, { builder, resultId });
    return { ...answer, resultId };
  };
  /** A whole answer, from a builder started afresh (build() keeps what was pushed). */
  const whole = (uri: string, model: PlanModel): SemanticTokens => {
    const builder = new SemanticTokensBuilder();
    return sent(uri, builder, semanticTokens(model, builder));
  };
  context.documents.onDidClose(({ document }) => builders.delete(document.uri));
  context.connection.languages.semanticTokens.on(
    withModel(context, "semantic tokens", { data: [] } as SemanticTokens, (model, params) => whole(params.textDocument.uri, model)),
  );
  context.connection.languages.semanticTokens.onDelta(
    withModel(context, "semantic tokens", { data: [] } as SemanticTokens | SemanticTokensDelta, (model, params: SemanticTokensDeltaParams) => {
      const last = builders.get(params.textDocument.uri);
      // Edits only from the answer the client holds, which must be the last
      // one sent; otherwise (another request came between, a restart) the
      // whole answer.
      if (!last || last.resultId !== params.previousResultId) return whole(params.textDocument.uri, model);
      last.builder.previousResult(last.builder.id);
      fill(last.builder, model);
      return sent(params.textDocument.uri, last.builder, last.builder.buildEdits());
    }),
  );
}
