/**
 * Completion: what may stand at the cursor. In a block: the attributes it
 * does not have yet and the blocks it may hold (as snippets); after
 * `name:` or a comma: the allowed words, the declared names of the kind the
 * attribute takes, or country and language codes with their names.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
} from "vscode-languageserver/node";
import type { Block, Member } from "../core/ast";
import { attributeOf, blocksOf } from "../core/ast";
import { countries, languages } from "../core/codes";
import { attributeSpec, blockSpec, BOOLEAN_WORDS, describeType, type AttributeSpec, type BlockSpec, type ValueType } from "../core/schema";
import { withModel, type ServerContext } from "./context";
import { planAt, type ParsedPlan, type PlanModel } from "./models";

/** The innermost block whose braces hold the offset. */
export function containerAt(members: readonly Member[], offset: number): Block | undefined {
  for (const member of members) {
    if (member.type !== "block" || !member.open) continue;
    const end = member.close ? member.close.start : member.span.end + 1;
    if (offset >= member.open.end && offset <= end) return containerAt(member.members, offset) ?? member;
  }
  return undefined;
}

type Position = { kind: "name"; partial: string } | { kind: "value"; attribute: string; partial: string; given: string[] } | { kind: "none" };

/**
 * Reads the text before the cursor: after `name:` (and any values followed
 * by commas) the cursor is on a value; otherwise on a member's name.
 */
export function cursorPosition(model: PlanModel, offset: number): Position {
  const { line } = model.lines.position(offset);
  const before = model.text.slice(model.lines.lineStarts[line], offset);
  // Closed strings stand in as a placeholder: a '#' or '"' left is a comment or an open string.
  const bare = before.replace(/"(?:[^"\\]|\\.)*"/g, "S");
  if (bare.includes("#") || bare.includes('"')) return { kind: "none" };
  const value = /([A-Za-z][\w-]*)\s*:\s*((?:(?:"(?:[^"\\]|\\.)*"|[^,\s"#]+)\s*,\s*)*)([\w-]*)$/.exec(before);
  if (value) {
    const given = value[2].split(",").map((s) => s.trim()).filter(Boolean);
    return { kind: "value", attribute: value[1], partial: value[3], given };
  }
  // A list continued from the previous line: `languages: ru,` ⏎ `tg`.
  if (/^\s*((?:[^,\s"#]+\s*,\s*)*)([\w-]*)$/.test(before) && line > 0) {
    for (let l = line - 1; l >= 0; l--) {
      const text = model.lines.lineText(l).replace(/#.*$/, "").trimEnd();
      if (text === "") continue;
      if (!text.endsWith(",")) break;
      const head = /([A-Za-z][\w-]*)\s*:\s*[^:]*,$/.exec(text);
      if (head) {
        const partial = /([\w-]*)$/.exec(before)![1];
        return { kind: "value", attribute: head[1], partial, given: [] };
      }
    }
  }
  const partial = /(?:^|\s)([\w-]*)$/.exec(before);
  if (partial) return { kind: "name", partial: partial[1] };
  return { kind: "none" };
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

function attributeItem(spec: AttributeSpec): CompletionItem {
  return {
    label: spec.name,
    kind: CompletionItemKind.Property,
    detail: `${spec.list ? "list: " : ""}${describeType(spec.type)}`,
    documentation: markdown(`${spec.doc}${spec.expected ? "\n\n_Expected by the MICIC rules._" : ""}`),
    insertText: `${spec.name}: `,
    command: { title: "Suggest values", command: "editor.action.triggerSuggest" },
    sortText: `${spec.expected ? "0" : "1"}${spec.name}`,
  };
}

/** A whole block as a snippet, with its expected attributes and their choices. */
export function blockSnippet(spec: BlockSpec): string {
  let tab = 1;
  const header = [spec.kind];
  if (spec.id === "required") header.push(`\${${tab++}:${spec.kind.replace(/-/g, "_")}_id}`);
  if (spec.title !== "none") header.push(`"\${${tab++}:${spec.kind === "plan" ? "Plan title" : "Name"}}"`);
  const body: string[] = [];
  for (const attribute of spec.attributes.filter((a) => a.expected)) {
    body.push(`\t${attribute.name}: ${placeholder(attribute.type, tab++)}`);
  }
  body.push("\t$0");
  return `${header.join(" ")} {\n${body.join("\n")}\n}`;
}

function placeholder(type: ValueType, tab: number): string {
  const escape = (w: string) => w.replace(/[$}\\,|]/g, (c) => `\\${c}`);
  switch (type.kind) {
    case "word":
      return `\${${tab}|${type.words.map(escape).join(",")}|}`;
    case "boolean":
      return `\${${tab}|yes,no|}`;
    case "string":
      return `"\${${tab}}"`;
    case "number":
      return `\${${tab}:0}`;
    case "date":
      return `\${${tab}:${new Date().toISOString().slice(0, 10)}}`;
    default:
      return `\${${tab}}`;
  }
}

function blockItem(spec: BlockSpec, snippets: boolean): CompletionItem {
  return {
    label: spec.kind,
    kind: CompletionItemKind.Module,
    detail: `${spec.kind} block`,
    documentation: markdown(spec.doc),
    insertText: snippets ? blockSnippet(spec) : `${spec.kind} `,
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: `2${spec.kind}`,
  };
}

function nameItems(container: Block | undefined, offset: number, snippets: boolean): CompletionItem[] {
  if (!container) return [blockItem(blockSpec("plan")!, snippets)];
  const spec = blockSpec(container.kind.text);
  if (!spec) return [];
  // Attributes already given (except the one being typed) are not offered again.
  const given = new Set(
    container.members
      .filter((m) => m.type === "attribute" && !(offset >= m.name.span.start && offset <= m.name.span.end))
      .map((m) => (m.type === "attribute" ? m.name.text : "")),
  );
  const items = spec.attributes.filter((a) => !given.has(a.name)).map(attributeItem);
  for (const kind of spec.blocks) {
    const child = blockSpec(kind)!;
    if (child.once && blocksOf(container, kind).length > 0) continue;
    items.push(blockItem(child, snippets));
  }
  return items;
}

/** Codes whose code or name starts with what is typed; all codes when nothing is. */
function codeItems(entries: Iterable<{ code: string; name: string }>, partial: string, kind: string, limit: number): { items: CompletionItem[]; incomplete: boolean } {
  const lower = partial.toLowerCase();
  const items: CompletionItem[] = [];
  let incomplete = false;
  for (const { code, name } of entries) {
    if (lower && !code.toLowerCase().startsWith(lower) && !name.toLowerCase().startsWith(lower)) continue;
    if (items.length >= limit) {
      incomplete = true;
      break;
    }
    items.push({
      label: code,
      kind: CompletionItemKind.EnumMember,
      detail: name,
      labelDetails: { description: name },
      filterText: `${code} ${name}`,
      documentation: markdown(`**${code}**: ${name} (${kind})`),
    });
  }
  return { items, incomplete };
}

function valueItems(plan: ParsedPlan, container: Block | undefined, attribute: string, partial: string, given: string[]): CompletionList {
  const spec = container && attributeSpec(container.kind.text, attribute);
  if (!spec) return { isIncomplete: false, items: [] };
  const taken = new Set(given);
  const word = (w: string, doc?: string): CompletionItem => ({
    label: w,
    kind: CompletionItemKind.EnumMember,
    detail: spec.name,
    documentation: markdown(doc ?? `A value of \`${spec.name}\`, which takes ${describeType(spec.type)}.`),
  });
  const type = spec.type;
  switch (type.kind) {
    case "word":
      return { isIncomplete: false, items: type.words.filter((w) => !taken.has(w)).map((w) => word(w)) };
    case "boolean":
      return { isIncomplete: false, items: BOOLEAN_WORDS.map((w) => word(w)) };
    case "reference": {
      const items: CompletionItem[] = [];
      if (type.allowAll && !taken.has("all")) items.push(word("all", "Every population declared in the plan."));
      for (const declaration of plan.resolution.allDeclarations) {
        if (declaration.kind !== type.target || taken.has(declaration.name)) continue;
        const title = declaration.block.title?.text;
        const contact = attributeOf(declaration.block, "contact")?.values[0]?.text;
        items.push({
          label: declaration.name,
          kind: CompletionItemKind.Reference,
          detail: `${declaration.kind}${title ? `: ${title}` : ""}`,
          labelDetails: title ? { description: title } : undefined,
          filterText: `${declaration.name} ${title ?? ""}`,
          documentation: markdown(`**${declaration.kind}** \`${declaration.name}\`${title ? ` "${title}"` : ""}${contact ? `  \nContact: ${contact}` : ""}`),
        });
      }
      return { isIncomplete: false, items };
    }
    case "country": {
      const { items, incomplete } = codeItems(countries().values(), partial, "ISO 3166-1 alpha-2 country code", 300);
      return { isIncomplete: incomplete, items: items.filter((i) => !taken.has(i.label)) };
    }
    case "language": {
      // Thousands of ISO 639-3 codes: the two-letter ones until something is
      // typed, then every code or name that starts with it.
      const all = [...languages().values()];
      const pool = partial.length >= 2 ? all.filter((l) => l.code.length === 3 || l.code.length === 2) : all.filter((l) => l.code.length === 2);
      const { items, incomplete } = codeItems(pool, partial, "ISO 639 language code", 200);
      return { isIncomplete: incomplete || partial.length < 2, items: items.filter((i) => !taken.has(i.label)) };
    }
    case "date":
      return { isIncomplete: false, items: [word(new Date().toISOString().slice(0, 10), "Today's date.")] };
    default:
      return { isIncomplete: false, items: [] };
  }
}

export function completionsAt(model: PlanModel, offset: number, snippets: boolean): CompletionList {
  const plan = planAt(model, offset);
  if (!plan) return { isIncomplete: false, items: model.kind === "plan" ? [blockItem(blockSpec("plan")!, snippets)] : [] };
  const container = containerAt(plan.document.members, offset);
  const position = cursorPosition(model, offset);
  if (position.kind === "value") return valueItems(plan, container, position.attribute, position.partial, position.given);
  if (position.kind === "name") return { isIncomplete: false, items: nameItems(container, offset, snippets) };
  return { isIncomplete: false, items: [] };
}

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(
    withModel(context, "completion", { isIncomplete: false, items: [] } as CompletionList, (model, params) =>
      completionsAt(model, model.lines.offset(params.position), context.capabilities.snippets), ["position"]),
  );
}
