/**
 * Completion through a real client (the built server, JSON-RPC over stdio):
 * only what the schema allows where the cursor is, in every kind of block,
 * closed or still being typed; each allowed value explained on its own;
 * names begun in Cyrillic.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { CompletionItemKind, CompletionRequest, type CompletionItem, type CompletionList, type MarkupContent } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { blockSpec, blockSpecs, type AttributeSpec, type ValueType } from "../../server/src/core/schema";
import { MAX_GIST_LENGTH, valueDoc } from "../../server/src/core/value-docs";
import { checkText } from "../helpers/checker";
import { TestClient } from "../helpers/lsp-client";

/** A value of each type that the parser and the schema take. */
const SAMPLE: Record<ValueType["kind"], (type: ValueType) => string> = {
  string: () => '"Text"',
  number: () => "100",
  date: () => "2026-01-10",
  boolean: () => "yes",
  word: (type) => (type.kind === "word" ? type.words[0] : ""),
  country: () => "KG",
  language: () => "ru",
  reference: () => "somebody",
  "duration-or-string": () => "90d",
  "word-or-string": () => "bus",
};

const sample = (attribute: AttributeSpec) => SAMPLE[attribute.type.kind](attribute.type);

/** A block's header as the schema wants it: `channel channel_2 "channel 2" {`. */
function header(kind: string, n = 1): string {
  const spec = blockSpec(kind)!;
  const parts = [kind];
  if (spec.id === "required") parts.push(`${kind.replace(/-/g, "_")}_${n}`);
  if (spec.title !== "none") parts.push(`"${kind} ${n}"`);
  return `${parts.join(" ")} {`;
}

/** The block kinds from `plan` down to `kind`: plan, communication, channel. */
function pathTo(kind: string): string[] {
  const search = (from: string): string[] | undefined => {
    if (from === kind) return [from];
    for (const child of blockSpec(from)!.blocks) {
      const found = search(child);
      if (found) return [from, ...found];
    }
    return undefined;
  };
  return search("plan")!;
}

const CURSOR = "‸";

type Form = "closed" | "being typed" | "closed by indentation";

/**
 * A plan with a block of `kind` in its place, holding its first attribute
 * and an empty line where the cursor (‸) is. The plan block also holds a
 * `coordination` section (given once, so not to be offered again) and a
 * stakeholder (which may be given again). Forms: every `}` written; the
 * file ending at the cursor (nothing closed yet); or the block's `}`
 * missing with a block of its parent's after it.
 */
function planWith(kind: string, form: Form): string {
  const kinds = pathTo(kind);
  const spec = blockSpec(kind)!;
  const lines: string[] = [];
  kinds.forEach((k, depth) => {
    const pad = "  ".repeat(depth);
    lines.push(pad + header(k));
    if (k === "plan") lines.push(`  ${header("stakeholder", 9)}`, "  }", "  coordination {", "  }");
  });
  const depth = kinds.length - 1;
  const inner = "  ".repeat(depth + 1);
  const first = spec.attributes[0];
  lines.push(`${inner}${first.name}: ${sample(first)}`, `${inner}${CURSOR}`);
  if (form === "being typed") return lines.join("\n");
  for (let d = depth; d >= 0; d--) {
    const pad = "  ".repeat(d);
    if (d === depth && form === "closed by indentation") {
      const sibling = blockSpec(kinds[d - 1])!.blocks.find((b) => !blockSpec(b)!.once)!;
      lines.push(pad + header(sibling, 2), `${pad}}`);
    } else lines.push(`${pad}}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The names the schema allows on an empty line of the block `planWith` makes. */
function expected(kind: string): { attributes: string[]; blocks: string[] } {
  const spec = blockSpec(kind)!;
  return {
    attributes: spec.attributes.slice(1).map((a) => a.name).sort(),
    blocks: spec.blocks.filter((b) => !(kind === "plan" && b === "coordination")).sort(),
  };
}

/** A snippet as typed out with its defaults: first choices, default texts, `x1` in empty places. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, "$1")
    .replace(/\$\{\d+:([^}]*)\}/g, "$1")
    .replace(/\$\{\d+\}/g, "x1")
    .replace(/\$0/g, "");
}

describe("completion", function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;
  let n = 0;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-completion-"));
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).href);
  });
  after(async () => {
    await client?.stop();
  });

  /** Completion at the cursor mark (‸) of `marked`, or at `at` in `text`. */
  async function complete(marked: string, at?: { line: number; character: number }, languageId = "micic-plan"): Promise<CompletionList> {
    const offset = marked.indexOf(CURSOR);
    const text = offset >= 0 ? marked.replace(CURSOR, "") : marked;
    const uri = pathToFileURL(path.join(dir, `plan${++n}.${languageId === "markdown" ? "md" : "micic"}`)).href;
    await client.open(uri, text, languageId);
    const position = at ?? TextDocument.create(uri, "micic-plan", 1, text).positionAt(offset);
    return (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList;
  }
  const labels = (items: CompletionItem[]) => items.map((i) => i.label).sort();

  describe("offers only what the schema allows in the enclosing block", () => {
    for (const kind of blockSpecs.keys()) {
      for (const form of ["closed", "being typed", "closed by indentation"] as const) {
        if (kind === "plan" && form === "closed by indentation") continue;
        it(`in ${kind}, ${form}: the attributes not given yet, and the blocks it may hold (a section only while absent)`, async () => {
          const text = planWith(kind, form);
          const { items } = await complete(text);
          const offered = {
            attributes: labels(items.filter((i) => i.kind === CompletionItemKind.Property)),
            blocks: labels(items.filter((i) => i.kind === CompletionItemKind.Module)),
          };
          assert.deepEqual(offered, expected(kind), `on the empty line of:\n${text}`);
          assert.equal(items.length, offered.attributes.length + offered.blocks.length, "nothing else");
        });
      }
    }

    it("offers snippets that parse, and that the schema takes, where they are offered", async () => {
      for (const kind of blockSpecs.keys()) {
        const text = planWith(kind, "closed");
        const { items } = await complete(text);
        const cursor = text.indexOf(CURSOR);
        const indent = /[ ]*$/.exec(text.slice(0, cursor))![0];
        for (const item of items.filter((i) => i.kind === CompletionItemKind.Module)) {
          assert.equal(item.insertTextFormat, 2, `${item.label} is a snippet`);
          const inserted = expand(String(item.insertText)).replace(/\t/g, "  ").replace(/\n/g, `\n${indent}`);
          const plan = text.replace(CURSOR, inserted);
          const wrong = checkText(plan).findings.filter((f) => f.code === "SYN001" || f.code === "SCH001");
          assert.deepEqual(wrong.map((f) => f.message), [], `${item.label} in ${kind}:\n${plan}`);
        }
      }
    });

    it("offers no second plan: nothing after a plan or before it, a plan in an empty file", async () => {
      assert.deepEqual(labels((await complete(`plan "P" {\n  country: "Uzbekistan"\n}\n\n${CURSOR}`)).items), []);
      assert.deepEqual(labels((await complete(`${CURSOR}\nplan "P" {\n}\n`)).items), []);
      assert.deepEqual(labels((await complete(CURSOR)).items), ["plan"]);
    });

    it("takes a block whose `}` is missing to end where its parent's next member begins", async () => {
      // The population lost its `}`: the line under `size` is the population's, the one under `evacuation` the evacuation's.
      const text = 'plan "P" {\n  population w "W" {\n    size: 1\n    ‸\n  evacuation {\n    lead: mes\n    \n  }\n}\n';
      const inPopulation = await complete(text);
      assert.ok(labels(inPopulation.items).includes("nationalities"));
      const inEvacuation = await complete(text.replace(CURSOR, ""), { line: 6, character: 4 });
      assert.ok(labels(inEvacuation.items).includes("assembly-point") && !labels(inEvacuation.items).includes("nationalities"));
      // Not indented past the population's header: the plan's.
      const inPlan = await complete(text.replace("    ‸", "  ‸"));
      assert.ok(labels(inPlan.items).includes("stakeholder") && !labels(inPlan.items).includes("nationalities"));
    });

    it("counts the columns of a plan in a Markdown block quote from the plan's own, not the quote's", async () => {
      const plan = 'plan "P" {\n  population w "W" {\n    size: 1\n    ‸\n  evacuation {\n  }\n}';
      const note = (p: string) => `# Note\n\n${`\`\`\`micic\n${p}\n\`\`\``.split("\n").map((line) => `> ${line}`).join("\n")}\n`;
      const inPopulation = labels((await complete(note(plan), undefined, "markdown")).items);
      assert.ok(inPopulation.includes("nationalities") && !inPopulation.includes("stakeholder"), inPopulation.join(", "));
      const inPlan = labels((await complete(note(plan.replace("    ‸", "  ‸")), undefined, "markdown")).items);
      assert.ok(inPlan.includes("stakeholder") && !inPlan.includes("nationalities"), inPlan.join(", "));
    });
  });

  describe("explains each allowed value on its own", () => {
    /** Every block with every attribute given: a value of each word and yes/no attribute to complete over. */
    const full = (() => {
      const lines: string[] = [];
      const write = (kind: string, depth: number, n: number) => {
        const pad = "  ".repeat(depth);
        lines.push(pad + header(kind, n));
        for (const attribute of blockSpec(kind)!.attributes) lines.push(`${pad}  ${attribute.name}: ${sample(attribute)}`);
        for (const child of blockSpec(kind)!.blocks) write(child, depth + 1, n);
        lines.push(`${pad}}`);
      };
      write("plan", 0, 1);
      return `${lines.join("\n")}\n`;
    })();

    for (const [kind, spec] of blockSpecs) {
      for (const attribute of spec.attributes.filter((a) => a.type.kind === "word" || a.type.kind === "boolean" || (a.type.kind === "reference" && a.type.allowAll))) {
        it(`${kind} ${attribute.name}: each value with its own gist (≤ ${MAX_GIST_LENGTH} characters) and description`, async () => {
          const start = full.indexOf(`${header(kind)}\n`);
          const at = full.indexOf(`  ${attribute.name}: `, start) + attribute.name.length + 4;
          const { items } = await complete(`${full.slice(0, at)}${CURSOR}${full.slice(at)}`);
          const words = items.filter((i) => i.kind === CompletionItemKind.EnumMember);
          assert.ok(words.length >= (attribute.type.kind === "reference" ? 1 : 2), labels(items).join(", "));
          for (const item of words) {
            const described = valueDoc(kind, attribute.name, item.label)!;
            assert.ok(described, `${item.label} is described`);
            assert.equal(item.detail, described.gist);
            assert.ok(item.detail!.length <= MAX_GIST_LENGTH, `${item.label}: "${item.detail}" is not cut off`);
            assert.equal(item.labelDetails?.description, described.gist);
            const documentation = item.documentation as MarkupContent;
            assert.equal(documentation.kind, "markdown");
            assert.ok(documentation.value.startsWith(described.doc), documentation.value);
          }
          const details = words.map((i) => i.detail);
          assert.equal(new Set(details).size, details.length, `every value of ${attribute.name} has a detail of its own: ${details.join(" | ")}`);
        });
      }
    }

    it("says what a medium is: cell broadcast reaches every phone without a subscription or a local SIM", async () => {
      const { items } = await complete('plan "P" {\n  communication {\n    channel c "C" {\n      medium: ‸\n    }\n  }\n}\n');
      const doc = (label: string) => (items.find((i) => i.label === label)!.documentation as MarkupContent).value;
      assert.match(doc("cell-broadcast"), /every phone in an area/);
      assert.match(doc("cell-broadcast"), /subscription/);
      assert.match(doc("cell-broadcast"), /local SIM/);
      assert.match(doc("hotline"), /phone number people can call/);
      assert.match(doc("door-to-door"), /in person/);
      assert.match(doc("messaging-app"), /WhatsApp|Telegram/);
      assert.doesNotMatch(doc("sms"), /A value of/);
    });
  });

  describe("values begun or continued", () => {
    it("offers references whose name is begun in Cyrillic", async () => {
      const text = 'plan "P" {\n  population мигранты "Трудовые мигранты" {\n    size: 1\n  }\n  communication {\n    channel c "C" {\n      reaches: миг‸\n    }\n  }\n}\n';
      assert.deepEqual(labels((await complete(text)).items), ["мигранты"]);
    });

    it("never offers a value given on an earlier line of the same list", async () => {
      const text = 'plan "P" {\n  population w "W" {\n    vulnerabilities: children,\n      older-persons,\n      ‸\n  }\n}\n';
      const offered = labels((await complete(text)).items);
      assert.ok(offered.includes("pregnant"));
      assert.ok(!offered.includes("children") && !offered.includes("older-persons"), offered.join(", "));
    });

    it("finds a language by its common English name too (Kyrgyz for ky, whose ISO name is Kirghiz)", async () => {
      const { items } = await complete('plan "P" {\n  population w "W" {\n    languages: ru, Kyrg‸\n  }\n}\n');
      const ky = items.find((i) => i.label === "ky");
      assert.ok(ky, labels(items).join(", "));
      assert.equal(ky.detail, "Kyrgyz");
      assert.match(String(ky.filterText), /Kyrgyz/);
    });
  });
});
