/**
 * Completion: what may stand at the cursor. In a block: the attributes it
 * does not have yet and the blocks the schema lets it hold (as snippets),
 * nothing else; outside the plan, a plan only if the file has none. After
 * `name:` or a comma: the allowed words, each with what it means
 * (core/value-docs.ts), the declared names of the kind the attribute takes,
 * or country and language codes with their names in the user's language
 * (display-names.ts). The documentation and the words around it are in the
 * language the server speaks about the document (messages/schema-docs.ts).
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
import { countries, languages, type CodeEntry } from "../core/codes";
import { attributeSpec, blockSpec, BOOLEAN_WORDS, type AttributeSpec, type BlockSpec, type ValueType } from "../core/schema";
import type { LineIndex } from "../core/text";
import type { Locale } from "../messages/locales";
import { attributeDoc, blockDoc, localizedValueDoc, schemaWord, typeDescription } from "../messages/schema-docs";
import { withModel, type ServerContext } from "./context";
import { codesWithDisplayNames, countryDisplayName, languageDisplayName, warmUpNamedCodes } from "./display-names";
import { planAt, type ParsedPlan, type PlanModel } from "./models";

/**
 * The innermost block that holds the offset: between its braces, or, for a
 * block whose `}` is missing (being typed, or cut short by a block header
 * that its indentation puts outside it), from its `{` to the next member of
 * its parent. A line past such a block's last member belongs to it only if
 * indented deeper than its header; the plan itself holds everything after
 * its `{`.
 */
export function containerAt(members: readonly Member[], offset: number, source: Source, limit = Number.POSITIVE_INFINITY): Block | undefined {
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    if (member.type !== "block" || !member.open || offset < member.open.end) continue;
    let end: number;
    if (member.close) end = member.close.start;
    else {
      end = i + 1 < members.length ? members[i + 1].span.start : limit;
      if (member.parent && offset > member.span.end && !indentedUnder(member, offset, source)) continue;
    }
    if (offset <= end) return containerAt(member.members, offset, source, end) ?? member;
  }
  return undefined;
}

/**
 * The text a plan's offsets index, with its lines: in Markdown, the note's
 * text with all but the plan blanked, a block quote's `> ` included, so
 * that columns count from the plan's own.
 */
interface Source {
  text: string;
  lines: LineIndex;
}

/** Whether the cursor's line, past an unclosed block's last member, is indented deeper than the block's header. */
function indentedUnder(block: Block, offset: number, { text, lines }: Source): boolean {
  const cursor = lines.position(offset);
  if (cursor.line === lines.position(block.span.end).line) return true;
  const before = text.slice(lines.lineStarts[cursor.line], offset);
  const indent = /^[ \t]*/.exec(before)![0].length;
  return indent > lines.position(block.kind.span.start).character;
}

/** What a name may be made of (the lexer's NAME): letters of any script, digits, `-`, `_` and apostrophes. */
const PARTIAL = "[\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}\\-'‘’]*";
/** After `name:` and any values followed by commas, a value begun. */
const VALUE_AT = new RegExp(`([A-Za-z][\\w-]*)\\s*:\\s*((?:(?:"(?:[^"\\\\]|\\\\.)*"|[^,\\s"#]+)\\s*,\\s*)*)(${PARTIAL})$`, "u");
/** On a line that continues a list: values followed by commas, and one begun. */
const CONTINUED_AT = new RegExp(`^\\s*((?:[^,\\s"#]+\\s*,\\s*)*)(${PARTIAL})$`, "u");
/** A name begun. */
const NAME_AT = new RegExp(`(?:^|\\s)(${PARTIAL})$`, "u");

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
  const value = VALUE_AT.exec(before);
  if (value) return { kind: "value", attribute: value[1], partial: value[3], given: listed(value[2]) };
  // A list continued from the previous lines: `languages: ru,` ⏎ `tg`.
  const continued = CONTINUED_AT.exec(before);
  if (continued && line > 0) {
    const previous: string[] = [];
    for (let l = line - 1; l >= 0; l--) {
      const text = model.lines.lineText(l).replace(/#.*$/, "").trimEnd();
      if (text === "") continue;
      if (!text.endsWith(",")) break;
      const head = /([A-Za-z][\w-]*)\s*:\s*([^:]*,)$/.exec(text);
      if (head) {
        const given = [head[2], ...previous, continued[1]].flatMap(listed);
        return { kind: "value", attribute: head[1], partial: continued[2], given };
      }
      previous.unshift(text);
    }
  }
  const partial = NAME_AT.exec(before);
  if (partial) return { kind: "name", partial: partial[1] };
  return { kind: "none" };
}

/** The values of a comma-separated run (`ru, tg,` → ru, tg). */
function listed(run: string): string[] {
  return run.split(",").map((s) => s.trim()).filter(Boolean);
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

function attributeItem(blockKind: string, spec: AttributeSpec, locale: Locale): CompletionItem {
  const type = typeDescription(locale, spec.type);
  const doc = attributeDoc(locale, blockKind, spec.name) ?? spec.doc;
  return {
    label: spec.name,
    kind: CompletionItemKind.Property,
    detail: spec.list ? schemaWord(locale, "listDetail", { type }) : type,
    documentation: markdown(`${doc}${spec.expected ? `\n\n${schemaWord(locale, "expected")}` : ""}`),
    insertText: `${spec.name}: `,
    command: { title: schemaWord(locale, "suggestValues"), command: "editor.action.triggerSuggest" },
    sortText: `${spec.expected ? "0" : "1"}${spec.name}`,
  };
}

/** A whole block as a snippet, with its expected attributes and their choices; the title's placeholder in the user's language. */
export function blockSnippet(spec: BlockSpec, locale: Locale = "en"): string {
  let tab = 1;
  const header = [spec.kind];
  if (spec.id === "required") header.push(`\${${tab++}:${spec.kind.replace(/-/g, "_")}_id}`);
  if (spec.title !== "none") header.push(`"\${${tab++}:${schemaWord(locale, spec.kind === "plan" ? "planTitle" : "name")}}"`);
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

function blockItem(spec: BlockSpec, snippets: boolean, locale: Locale): CompletionItem {
  return {
    label: spec.kind,
    kind: CompletionItemKind.Module,
    detail: schemaWord(locale, "blockDetail", { kind: spec.kind }),
    documentation: markdown(blockDoc(locale, spec.kind) ?? spec.doc),
    insertText: snippets ? blockSnippet(spec, locale) : `${spec.kind} `,
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: `2${spec.kind}`,
  };
}

/**
 * The members that may be written where the cursor is: in a block, its
 * attributes not given yet and the blocks the schema lets it hold (a
 * section only while it is absent); outside any block, a plan when the file
 * has none (a file holds one plan).
 */
function nameItems(plan: ParsedPlan, container: Block | undefined, offset: number, snippets: boolean, locale: Locale): CompletionItem[] {
  if (!container) return plan.document.plan ? [] : [blockItem(blockSpec("plan")!, snippets, locale)];
  const spec = blockSpec(container.kind.text);
  if (!spec) return [];
  // Attributes already given (except the one being typed) are not offered again.
  const given = new Set(
    container.members
      .filter((m) => m.type === "attribute" && !(offset >= m.name.span.start && offset <= m.name.span.end))
      .map((m) => (m.type === "attribute" ? m.name.text : "")),
  );
  const items = spec.attributes.filter((a) => !given.has(a.name)).map((a) => attributeItem(spec.kind, a, locale));
  for (const kind of spec.blocks) {
    const child = blockSpec(kind)!;
    // The block being typed (its keyword under the cursor) does not count as given.
    if (child.once && blocksOf(container, kind).some((b) => !(offset >= b.kind.span.start && offset <= b.kind.span.end))) continue;
    items.push(blockItem(child, snippets, locale));
  }
  return items;
}

/** A code and its names: in the user's language (shown), and the ISO table's English one. */
interface NamedCode {
  code: string;
  /** In the display locale. */
  shown: string;
  english: string;
}

/**
 * Codes whose code or name (in the user's language or in English) starts
 * with what is typed; all of them when nothing is. `localized` says which
 * codes have a name of their own in the user's language worth matching.
 */
function codeItems(
  entries: Iterable<CodeEntry>,
  partial: string,
  kind: string,
  locale: Locale,
  limit: number,
  shownName: (code: string) => string | undefined,
  localized: (code: string) => boolean,
): { items: CompletionItem[]; incomplete: boolean } {
  const lower = partial.toLocaleLowerCase();
  const items: CompletionItem[] = [];
  let incomplete = false;
  for (const { code, name } of entries) {
    let named: NamedCode | undefined;
    if (lower) {
      const matches = code.toLowerCase().startsWith(lower) || name.toLowerCase().startsWith(lower);
      if (!matches) {
        if (!localized(code)) continue;
        const shown = shownName(code) ?? name;
        if (!startsAnyWord(shown, lower)) continue;
        named = { code, shown, english: name };
      }
    }
    if (items.length >= limit) {
      incomplete = true;
      break;
    }
    named ??= { code, shown: shownName(code) ?? name, english: name };
    items.push(codeItem(named, kind, locale));
  }
  return { items, incomplete };
}

/** Whether a name, or a word of it, starts with `lower` ("узб" in "узбекский (кириллица)"). */
function startsAnyWord(name: string, lower: string): boolean {
  const l = name.toLocaleLowerCase();
  return l.startsWith(lower) || l.split(/[\s(),]+/u).some((word) => word.startsWith(lower));
}

function codeItem({ code, shown, english }: NamedCode, kind: string, locale: Locale): CompletionItem {
  const differs = shown.toLocaleLowerCase() !== english.toLocaleLowerCase();
  return {
    label: code,
    kind: CompletionItemKind.EnumMember,
    detail: shown,
    labelDetails: { description: shown },
    filterText: differs ? `${code} ${shown} ${english}` : `${code} ${shown}`,
    documentation: markdown(`**${code}**: ${shown} (${kind})${differs ? `  \n${schemaWord(locale, "isoName", { name: english })}` : ""}`),
  };
}

/** An allowed word, with what it means for this attribute (core/value-docs.ts), in the user's language. */
function wordItem(container: Block, spec: AttributeSpec, word: string, locale: Locale): CompletionItem {
  const described = localizedValueDoc(locale, container.kind.text, spec.name, word);
  return {
    label: word,
    kind: CompletionItemKind.EnumMember,
    detail: described?.gist ?? spec.name,
    labelDetails: described ? { description: described.gist } : undefined,
    documentation: markdown(
      described
        ? `${described.doc}\n\n\`${spec.name}: ${word}\``
        : schemaWord(locale, "valueOf", { attribute: `\`${spec.name}\``, type: typeDescription(locale, spec.type, true) }),
    ),
  };
}

function valueItems(plan: ParsedPlan, container: Block | undefined, attribute: string, partial: string, given: string[], locale: Locale): CompletionList {
  const spec = container && attributeSpec(container.kind.text, attribute);
  if (!container || !spec) return { isIncomplete: false, items: [] };
  const taken = new Set(given);
  const type = spec.type;
  switch (type.kind) {
    case "word":
      return { isIncomplete: false, items: type.words.filter((w) => !taken.has(w)).map((w) => wordItem(container, spec, w, locale)) };
    case "boolean":
      return { isIncomplete: false, items: BOOLEAN_WORDS.map((w) => wordItem(container, spec, w, locale)) };
    case "reference": {
      const items: CompletionItem[] = [];
      if (type.allowAll && !taken.has("all")) items.push(wordItem(container, spec, "all", locale));
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
          documentation: markdown(`**${declaration.kind}** \`${declaration.name}\`${title ? ` "${title}"` : ""}${contact ? `  \n${schemaWord(locale, "contact", { contact })}` : ""}`),
        });
      }
      return { isIncomplete: false, items };
    }
    case "country": {
      const { items, incomplete } = codeItems(countries().values(), partial, schemaWord(locale, "countryCode"), locale, 300, countryDisplayName, () => true);
      return { isIncomplete: incomplete, items: items.filter((i) => !taken.has(i.label)) };
    }
    case "language": {
      // Thousands of ISO 639-3 codes: the two-letter ones until something is
      // typed, then every code or name that starts with it.
      const all = [...languages().values()];
      const pool = partial.length >= 2 ? all : all.filter((l) => l.code.length === 2);
      // Matching localized names needs the codes ICU names: made in the background from the first request on.
      if (partial.length < 2) warmUpNamedCodes();
      const named = partial.length >= 2 ? codesWithDisplayNames() : undefined;
      const { items, incomplete } = codeItems(pool, partial, schemaWord(locale, "languageCode"), locale, 200, languageDisplayName, (code) => named?.has(code) ?? true);
      return { isIncomplete: incomplete || partial.length < 2, items: items.filter((i) => !taken.has(i.label)) };
    }
    case "date":
      return {
        isIncomplete: false,
        items: [
          { label: new Date().toISOString().slice(0, 10), kind: CompletionItemKind.EnumMember, detail: schemaWord(locale, "today"), documentation: markdown(schemaWord(locale, "todayDoc")) },
        ],
      };
    default:
      return { isIncomplete: false, items: [] };
  }
}

/** What may stand at the offset; `locale`: the language of the documentation and the words around it. */
export function completionsAt(model: PlanModel, offset: number, snippets: boolean, locale: Locale = "en"): CompletionList {
  const plan = planAt(model, offset);
  if (!plan) return { isIncomplete: false, items: model.kind === "plan" ? [blockItem(blockSpec("plan")!, snippets, locale)] : [] };
  const container = containerAt(plan.document.members, offset, plan.document);
  const position = cursorPosition(model, offset);
  if (position.kind === "value") return valueItems(plan, container, position.attribute, position.partial, position.given, locale);
  if (position.kind === "name") return { isIncomplete: false, items: nameItems(plan, container, offset, snippets, locale) };
  return { isIncomplete: false, items: [] };
}

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(
    withModel(context, "completion", { isIncomplete: false, items: [] } as CompletionList, (model, params, document) =>
      completionsAt(model, model.lines.offset(params.position), context.capabilities.snippets, context.models.localeFor(document.uri)), ["position"]),
  );
}
