/**
 * The language server through a real client: the built server as a child
 * process, JSON-RPC over stdio. Every feature, on plans and on Markdown.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SelectionRangeRequest,
  SemanticTokensRequest,
  SemanticTokensDeltaRequest,
  WorkspaceSymbolRequest,
  DidChangeWatchedFilesNotification,
  type Command,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type MarkupContent,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceEditClientCapabilities,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { TestClient } from "../helpers/lsp-client";
import { repoRoot } from "../helpers/plan";

const sample = (name: string) => readFileSync(path.join(repoRoot, "samples", name), "utf8");

/** A small plan with one of each thing the features look at. */
const PLAN = `# A small plan for the server tests
plan "Test plan" {
  country: "Uzbekistan"
  hazards: flood
  lead: mes
  reviewed: 2026-01-10

  stakeholder mes "Ministry of Emergency Situations" {
    kind: government
    contact: "+998 71 000 0000"
  }
  stakeholder red_crescent "Red Crescent" { kind: civil-society  contact: "+998 71 000 0002" }
  population workers "Construction workers" {
    size: 1200
    nationalities: KG
    languages: ky, ru
  }
  evacuation {
    lead: mes
    covers: workers
    assembly-point stadium "Stadium" { capacity: 1000  accessible: yes }
    route north { from: "Chirchiq"  to: stadium }
  }
  communication {
    channel sms "SMS alerts" { medium: sms  languages: ky }
  }
  referral {
    pathway health "Emergency care" { need: health  provider: red_crescent }
  }
}
`;

/**
 * PLAN with three slips that fixes mend without committing the plan to
 * anything: a misspelt word, a misspelt attribute, a quoted number.
 */
const SLIPS = PLAN.replace("hazards: flood", "hazards: flod").replace('contact: "+998 71 000 0000"', 'contcat: "+998 71 000 0000"').replace("size: 1200", 'size: "1200"');

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x", "micic-plan", 1, text), edits);
}

function positionOf(text: string, needle: string, n = 0, delta = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `'${needle}' is in the text`);
  return TextDocument.create("x", "micic-plan", 1, text).positionAt(at + delta);
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe("language server", function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;
  let n = 0;
  const uri = (name = `plan${++n}.micic`) => pathToFileURL(path.join(dir, name)).href;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-lsp-"));
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).href);
  });
  after(async () => {
    await client?.stop();
  });

  it("announces every feature", () => {
    const c = client.capabilities;
    for (const feature of [
      "completionProvider", "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider",
      "renameProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider", "selectionRangeProvider",
      "codeActionProvider", "documentFormattingProvider", "codeLensProvider", "semanticTokensProvider",
    ]) {
      assert.ok((c as Record<string, unknown>)[feature], feature);
    }
    assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  });

  describe("diagnostics", () => {
    it("publishes the findings of a plan with code, link to the rule page and source", async () => {
      const diagnostics = await client.open(uri(), sample("tripoli-conflict.micic"));
      assert.ok(diagnostics.length > 20);
      const evac001 = diagnostics.find((d) => d.code === "EVAC001")!;
      assert.equal(evac001.severity, 1);
      assert.equal(evac001.source, "micic-plan");
      assert.match(evac001.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/EVAC001\.md$/);
      assert.ok(readFileSync(new URL(evac001.codeDescription!.href), "utf8").startsWith("# EVAC001"), "the link leads to the page");
      // The guidelines it comes from, which the extension's status bar counts.
      assert.deepEqual((evac001.data as { guidelines: string[] }).guidelines, ["P1", "G11", "G13"]);
    });

    it("gives the complete sample no finding above info", async () => {
      const diagnostics = await client.open(uri(), sample("tashkent-flood.micic"));
      assert.deepEqual(diagnostics.filter((d) => d.severity! < 3).map((d) => `${d.code} ${d.message}`), []);
    });

    it("carries related places and tags", async () => {
      const text = PLAN.replace('stakeholder red_crescent "Red Crescent"', 'stakeholder mes "Red Crescent"');
      const diagnostics = await client.open(uri(), text);
      const duplicate = diagnostics.find((d) => d.code === "NAM001")!;
      assert.equal(duplicate.relatedInformation?.[0].location.range.start.line, 7);
      const unused = await client.open(uri(), PLAN.replace("  country:", "  # micic-disable-next-line EVAC010 -- reason\n  country:"));
      assert.deepEqual(unused.find((d) => d.code === "SUP001")?.tags, [1]);
    });

    it("follows incremental edits, at the right version", async () => {
      const u = uri();
      await client.open(u, PLAN);
      const typo = await client.change(u, [{ range: { start: positionOf(PLAN, "contact", 0), end: positionOf(PLAN, "contact", 0, 7) }, text: "contcat" }]);
      const sch001 = typo.find((d) => d.code === "SCH001")!;
      assert.deepEqual(sch001.range.start, positionOf(PLAN, "contact", 0));
      const mended = await client.change(u, [{ range: sch001.range, text: "contact" }]);
      assert.ok(!codes(mended).includes("SCH001"));
    });

    it("after a burst of edits, publishes for the last one (earlier checks are superseded)", async () => {
      const u = uri();
      await client.open(u, PLAN);
      let version = 0;
      for (let i = 0; i < 30; i++) {
        version = await client.changeQuietly(u, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 16 } }, text: "x" }]);
      }
      const last = await client.nextDiagnostics(u, version);
      assert.equal(last.version, version);
      assert.match(last.diagnostics.find((d) => d.code === "SCH002")?.message ?? "", /floodx{25}/);
    });

    it("checks every ```micic block of a Markdown file, at Markdown positions", async () => {
      const markdown = [
        "# Policy note",
        "",
        "Two plans:",
        "",
        "```micic",
        'plan "First" {',
        "  country Uzbekistan",
        "}",
        "```",
        "",
        "```json",
        '{ "not": "a plan" }',
        "```",
        "",
        "- In a list:",
        "",
        "  ```micic",
        '  plan "Second" {',
        "    hazards: flod",
        "  }",
        "  ```",
        "",
      ].join("\n");
      const diagnostics = await client.open(uri("note.md"), markdown, "markdown");
      const syntax = diagnostics.find((d) => d.code === "SYN001")!;
      assert.deepEqual(syntax.range.start, { line: 6, character: 9 });
      const invalid = diagnostics.find((d) => d.code === "SCH002" && d.message.includes("flod"))!;
      assert.deepEqual(invalid.range.start, { line: 18, character: 13 });
      assert.ok(diagnostics.every((d) => d.range.start.line >= 5 && d.range.start.line <= 19), "nothing outside the micic blocks");
    });

    it("re-checks when a .micicrc.json changes", async () => {
      const u = uri();
      const before = await client.open(u, PLAN);
      assert.ok(codes(before).includes("EVAC004"));
      writeFileSync(path.join(dir, ".micicrc.json"), '{ "rules": { "EVAC004": "off", "EVAC010": "error" } }');
      const next = client.nextDiagnostics(u);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(dir, ".micicrc.json")).href, type: 1 }] });
      const after = (await next).diagnostics;
      assert.ok(!codes(after).includes("EVAC004"));
      assert.equal(after.find((d) => d.code === "EVAC010")?.severity, 1);
      writeFileSync(path.join(dir, ".micicrc.json"), "{}");
      const reset = client.nextDiagnostics(u);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(dir, ".micicrc.json")).href, type: 2 }] });
      assert.ok(codes((await reset).diagnostics).includes("EVAC004"));
    });
  });

  describe("code actions", () => {
    type Action = { title: string; kind: string; isPreferred?: boolean; edit?: WorkspaceEdit; command?: Command };
    /** What the server put in a diagnostic for its quick-fixes (lsp/convert.ts). */
    const dataOf = (diagnostic: Diagnostic) =>
      diagnostic.data as { fixes: { title: string; kind: "fix" | "suggestion"; edits: (TextEdit & { snippet?: string })[] }[]; suppressible: boolean };
    const quickFixes = async (to: TestClient, u: string, diagnostic: Diagnostic) =>
      (await to.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: u },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ["quickfix"] },
      })) as Action[];

    it("offers a fix as the preferred quick-fix, titled as its rule writes it, and it removes the finding", async () => {
      const u = uri();
      const diagnostics = await client.open(u, SLIPS);
      const misspelt = diagnostics.find((d) => d.code === "SCH002" && d.message.includes("flod"))!;
      assert.deepEqual(dataOf(misspelt).fixes.map((f) => f.kind), ["fix"]);
      const actions = await quickFixes(client, u, misspelt);
      assert.deepEqual(actions.map((a) => a.title), dataOf(misspelt).fixes.map((f) => f.title), "the rule's title; a language rule cannot be disabled");
      assert.equal(actions[0].isPreferred, true);
      const fixed = apply(SLIPS, actions[0].edit!.changes![u]);
      assert.equal(fixed, SLIPS.replace("hazards: flod", "hazards: flood"));
      const after = await client.change(u, [{ text: fixed }]);
      assert.ok(!after.some((d) => d.message.includes("flod")));
    });

    it("offers a suggestion under the title its rule gives it, never as preferred, and it removes the finding", async () => {
      const u = uri();
      const diagnostics = await client.open(u, PLAN);
      const evac001 = diagnostics.find((d) => d.code === "EVAC001")!;
      const suggestions = dataOf(evac001).fixes;
      assert.ok(suggestions.length > 0 && suggestions.every((f) => f.kind === "suggestion"), "EVAC001 commits the plan: a suggestion");
      const actions = await quickFixes(client, u, evac001);
      assert.deepEqual(actions.map((a) => a.title), [...suggestions.map((f) => f.title), "Disable EVAC001 for this line", "Disable EVAC001 for this file"]);
      assert.ok(actions.every((a) => !a.isPreferred), "a suggestion is never applied by 'auto fix'");
      const committed = apply(PLAN, actions[0].edit!.changes![u]);
      const after = await client.change(u, [{ text: committed }]);
      assert.ok(!codes(after).includes("EVAC001"));

      const disabled = apply(PLAN, actions[suggestions.length].edit!.changes![u]);
      assert.ok(disabled.includes("# micic-disable-next-line EVAC001 -- reason"));
    });

    it("orders the menu as ESLint's does: fixes and suggestions first, then per rule once, its documentation and the two ways to disable it", async () => {
      // Two populations without languages: two POP001 findings on one line range, and the plan's other findings.
      const text = PLAN.replace('  population workers "Construction workers" {', '  population a "A" { size: 1 }  population b "B" { size: 2 }\n  population workers "Construction workers" {');
      const docs = new TestClient();
      try {
        // The VS Code extension announces that its micic.openRuleDocs takes a code.
        await docs.initialize(pathToFileURL(dir).href, { experimental: { micic: { applySuggestion: true, openRuleDocs: true } } });
        const u = uri();
        const diagnostics = await docs.open(u, text);
        const line = text.split("\n").findIndex((l) => l.includes('population a "A"'));
        const onLine = diagnostics.filter((d) => d.range.start.line === line && d.code === "POP001");
        assert.equal(onLine.length, 2, "two POP001 findings on the line");
        const actions = (await docs.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri: u },
          range: onLine[0].range,
          context: { diagnostics: onLine, only: ["quickfix"] },
        })) as Action[];
        const suggestions = onLine.flatMap((d) => dataOf(d).fixes.map((f) => f.title));
        assert.deepEqual(actions.map((a) => a.title), [...suggestions, "Show documentation for POP001", "Disable POP001 for this line", "Disable POP001 for this file"]);
        const show = actions.find((a) => a.title === "Show documentation for POP001")!;
        assert.deepEqual(show.command, { title: "Show documentation for POP001", command: "micic.openRuleDocs", arguments: ["POP001"] });
        // A client without the extension's command gets no action it cannot run.
        assert.ok(!(await quickFixes(client, u, onLine[0])).some((a) => a.title.startsWith("Show documentation")));
      } finally {
        await docs.stop();
      }
    });

    it("disables a rule for a line with a comment above it, indented like it", async () => {
      const u = uri();
      const diagnostics = await client.open(u, PLAN);
      const comm003 = diagnostics.find((d) => d.code === "COMM003")!;
      const actions = await quickFixes(client, u, comm003);
      const forLine = actions.find((a) => a.title === "Disable COMM003 for this line")!;
      const forFile = actions.find((a) => a.title === "Disable COMM003 for this file")!;
      const lineText = apply(PLAN, forLine.edit!.changes![u]);
      assert.match(lineText, /\n {2}# micic-disable-next-line COMM003 -- reason\n {2}communication \{/);
      const after = await client.change(u, [{ text: lineText }]);
      assert.ok(!codes(after).includes("COMM003"));
      assert.match(apply(PLAN, forFile.edit!.changes![u]), /# micic-disable COMM003 -- reason\nplan "Test plan"/);
    });

    it("keeps a plan in a Markdown block quote quoted: every line a quick-fix or a suppression writes starts with '> '", async () => {
      const note = ["# Note", "", "> The plan under review:", ">", ...`\`\`\`micic\n${PLAN}\`\`\``.split("\n").map((line) => (line ? `> ${line}` : ">")), ""].join("\n");
      const u = uri("quoted.md");
      const diagnostics = await client.open(u, note, "markdown");
      const evac001 = diagnostics.find((d) => d.code === "EVAC001")!;
      const actions = await quickFixes(client, u, evac001);
      const isQuoted = (text: string) => text.split("\n").slice(2, -1).every((line) => line.startsWith(">"));
      for (const action of actions) {
        const edited = apply(note, action.edit!.changes![u]);
        assert.ok(isQuoted(edited), `${action.title}:\n${edited}`);
      }
      const disabled = apply(note, actions.find((a) => a.title === "Disable EVAC001 for this line")!.edit!.changes![u]);
      assert.match(disabled, /\n> {3}# micic-disable-next-line EVAC001 -- reason\n> {3}evacuation \{/);
      const after = await client.change(u, [{ text: disabled }]);
      assert.ok(!codes(after).includes("EVAC001"));
    });

    describe("a suggestion with places for the drafter to fill", () => {
      /** A provider nothing declares: NAM002 offers to declare it, leaving its title and contact to the drafter. */
      const UNDECLARED = SLIPS.replace("provider: red_crescent", "provider: legal_aid");
      const root = () => pathToFileURL(dir).href;
      let byCommand: TestClient;
      let byWorkspaceEdit: TestClient;
      before(async () => {
        byCommand = new TestClient();
        byWorkspaceEdit = new TestClient();
        await Promise.all([
          // The VS Code extension: its command micic.applySuggestion inserts snippets (client/src/suggestions.ts).
          byCommand.initialize(root(), { experimental: { micic: { applySuggestion: true } } }),
          // LSP 3.18: snippet text edits in a workspace edit.
          byWorkspaceEdit.initialize(root(), { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } as WorkspaceEditClientCapabilities } }),
        ]);
      });
      after(async () => {
        await Promise.all([byCommand?.stop(), byWorkspaceEdit?.stop()]);
      });

      /** The NAM002 finding on legal_aid and its suggestion with a snippet. */
      async function openUndeclared(to: TestClient, u: string) {
        const diagnostics = await to.open(u, UNDECLARED);
        const undeclared = diagnostics.find((d) => d.code === "NAM002" && d.message.includes("legal_aid"))!;
        const stub = dataOf(undeclared).fixes.find((f) => f.edits.some((e) => e.snippet !== undefined));
        assert.ok(stub, `the stub declaration carries a snippet: ${JSON.stringify(dataOf(undeclared).fixes)}`);
        assert.equal(stub.kind, "suggestion");
        return { diagnostics, undeclared, stub };
      }

      it("goes to other clients as plain text, with placeholders and no snippet syntax", async () => {
        const u = uri();
        const { undeclared, stub } = await openUndeclared(client, u);
        const action = (await quickFixes(client, u, undeclared)).find((a) => a.title === stub.title)!;
        assert.equal(action.command, undefined);
        const edits = action.edit!.changes![u];
        assert.deepEqual(edits, stub.edits.map(({ range, newText }) => ({ range, newText })));
        assert.ok(edits.every((e) => !e.newText.includes("${")));
        const declared = await client.change(u, [{ text: apply(UNDECLARED, edits) }]);
        assert.ok(!declared.some((d) => d.code === "NAM002"), "the plan parses and the name is declared");
      });

      it("goes to a client that announces micic.applySuggestion as that command, with the edits and their snippets", async () => {
        const u = uri();
        const { diagnostics, undeclared, stub } = await openUndeclared(byCommand, u);
        const action = (await quickFixes(byCommand, u, undeclared)).find((a) => a.title === stub.title)!;
        assert.equal(action.edit, undefined);
        assert.deepEqual(action.command, { title: stub.title, command: "micic.applySuggestion", arguments: [{ uri: u, version: 1, edits: stub.edits }] });
        // Only what has a snippet goes as a command; a fix stays a plain edit.
        for (const diagnostic of diagnostics) {
          const offered = await quickFixes(byCommand, u, diagnostic);
          for (const fix of dataOf(diagnostic).fixes) {
            const one = offered.find((a) => a.title === fix.title)!;
            const hasSnippet = fix.edits.some((e) => e.snippet !== undefined);
            assert.equal(one.command?.command, hasSnippet ? "micic.applySuggestion" : undefined, fix.title);
            assert.equal(one.edit === undefined, hasSnippet, fix.title);
          }
        }
        // The reason of a suppression comment is the drafter's to write.
        const evac001 = diagnostics.find((d) => d.code === "EVAC001")!;
        const disable = (await quickFixes(byCommand, u, evac001)).find((a) => a.title === "Disable EVAC001 for this line")!;
        const [{ edits }] = disable.command!.arguments as { edits: { newText: string; snippet?: string }[] }[];
        assert.deepEqual(edits.map((e) => [e.newText, e.snippet]), [["  # micic-disable-next-line EVAC001 -- reason\n", "  # micic-disable-next-line EVAC001 -- ${1:reason}\n"]]);
      });

      it("goes to a client that supports LSP 3.18 snippet edits as a workspace edit with snippet text edits", async () => {
        const u = uri();
        const { undeclared, stub } = await openUndeclared(byWorkspaceEdit, u);
        const action = (await quickFixes(byWorkspaceEdit, u, undeclared)).find((a) => a.title === stub.title)!;
        assert.equal(action.command, undefined);
        assert.deepEqual(action.edit, {
          documentChanges: [
            {
              textDocument: { uri: u, version: 1 },
              edits: stub.edits.map((e) => (e.snippet !== undefined ? { range: e.range, snippet: { kind: "snippet", value: e.snippet } } : { range: e.range, newText: e.newText })),
            },
          ],
        });
      });
    });

    it("source.fixAll.micic applies every fix at once, and no suggestion", async () => {
      const u = uri();
      const before = await client.open(u, SLIPS);
      const [action] = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: u },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source.fixAll.micic"] },
      })) as Action[];
      assert.equal(action.kind, "source.fixAll.micic");
      assert.match(action.title, /\(3\)/);
      const fixed = apply(SLIPS, action.edit!.changes![u]);
      assert.equal(fixed, PLAN, "the three slips mended, nothing else changed");
      const after = await client.change(u, [{ text: fixed }]);
      assert.ok(!codes(after).some((c) => c === "SCH001" || c === "SCH002"));
      // Every finding a suggestion would settle is still there (but STK001's:
      // the stakeholder's contact was only misspelt).
      const suggested = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => dataOf(d).fixes.some((f) => f.kind === "suggestion") && d.code !== "STK001").map((d) => d.code);
      assert.deepEqual(suggested(after), suggested(before));
    });

    it("offers fix-all when asked for, by kind or by the user, not with every cursor move, and only where there is a fix", async () => {
      const request = (u: string, only?: string[], triggerKind?: 1 | 2) =>
        client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri: u },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], ...(only ? { only } : {}), ...(triggerKind ? { triggerKind } : {}) },
        }) as Promise<{ kind: string }[]>;
      const u = uri();
      await client.open(u, SLIPS);
      assert.deepEqual((await request(u, undefined, 2)).map((a) => a.kind), [], "the lightbulb's request, sent as the cursor moves");
      assert.deepEqual((await request(u, undefined, 1)).map((a) => a.kind), ["source.fixAll.micic"], "a code-action menu opened by the user");
      assert.deepEqual((await request(u)).map((a) => a.kind), ["source.fixAll.micic"], "a client that does not say why it asks");
      assert.deepEqual((await request(u, ["source"], 1)).map((a) => a.kind), ["source.fixAll.micic"]);
      assert.deepEqual((await request(u, ["source.fixAll"], 2)).map((a) => a.kind), ["source.fixAll.micic"], "on save");
      assert.deepEqual((await request(u, ["quickfix"], 1)).map((a) => a.kind), []);
      const onlySuggestions = uri();
      await client.open(onlySuggestions, PLAN);
      assert.deepEqual((await request(onlySuggestions, ["source.fixAll"], 2)).map((a) => a.kind), [], "suggestions are not fixes");
    });
  });

  describe("completion", () => {
    async function complete(text: string, at: { line: number; character: number }) {
      const u = uri();
      await client.open(u, text);
      return (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position: at })) as CompletionList;
    }
    const labels = (list: CompletionList) => list.items.map((i) => i.label);

    it("offers the attributes a block does not have yet, and the blocks it may hold", async () => {
      const text = PLAN.replace("    kind: government\n", "    kind: government\n    \n");
      const list = await complete(text, positionOf(text, "    \n", 0, 4));
      assert.ok(labels(list).includes("role") && labels(list).includes("languages"));
      assert.ok(!labels(list).includes("kind") && !labels(list).includes("contact"), "never one already given");
      const inPlan = await complete(text, positionOf(text, "\n\n  stakeholder", 0, 1));
      assert.ok(labels(inPlan).includes("area") && !labels(inPlan).includes("country"));
      const blockItem = inPlan.items.find((i) => i.label === "coordination")!;
      assert.equal(blockItem.insertTextFormat, 2);
      assert.match(String(blockItem.insertText), /^coordination \{\n/);
      assert.ok(!labels(inPlan).includes("evacuation"), "a section already given is not offered again");
      assert.ok((inPlan.items.find((i) => i.label === "area")!.documentation as MarkupContent).value.length > 20);
    });

    it("offers allowed words after name:, never one already listed", async () => {
      const text = PLAN.replace("hazards: flood", "hazards: flood, ");
      const list = await complete(text, positionOf(text, "flood, ", 0, 7));
      assert.ok(labels(list).includes("earthquake"));
      assert.ok(!labels(list).includes("flood"));
    });

    it("offers references of the right kind only", async () => {
      const text = PLAN.replace("provider: red_crescent", "provider: ");
      const list = await complete(text, positionOf(text, "provider: ", 0, 10));
      assert.deepEqual(labels(list).sort(), ["mes", "red_crescent"]);
      const covers = await complete(PLAN.replace("covers: workers", "covers: "), positionOf(PLAN.replace("covers: workers", "covers: "), "covers: ", 0, 8));
      assert.deepEqual(labels(covers).sort(), ["all", "workers"]);
    });

    it("offers country and language codes with their names", async () => {
      const text = PLAN.replace("nationalities: KG", "nationalities: KG, Taj");
      const list = await complete(text, positionOf(text, "Taj", 0, 3));
      const tj = list.items.find((i) => i.label === "TJ");
      assert.equal(tj?.detail, "Tajikistan");
      const languages = await complete(PLAN.replace("languages: ky, ru", "languages: ky, ru, tg"), positionOf(PLAN.replace("languages: ky, ru", "languages: ky, ru, tg"), "ru, tg", 0, 6));
      assert.equal(languages.items.find((i) => i.label === "tg")?.detail, "Tajik");
    });
  });

  describe("hover", () => {
    async function hover(text: string, at: { line: number; character: number }) {
      const u = uri();
      await client.open(u, text);
      const result = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: at })) as Hover | null;
      return result ? (result.contents as MarkupContent).value : "";
    }

    it("shows an attribute's and a block's documentation from the schema", async () => {
      assert.match(await hover(PLAN, positionOf(PLAN, "nationalities", 0, 2)), /\*\*nationalities\*\*: a list of country code.*Countries of origin/s);
      assert.match(await hover(PLAN, positionOf(PLAN, "evacuation {", 0, 2)), /\*\*evacuation\*\*\n\nHow migrants are relocated/);
    });

    it("shows the declaration's kind, title and contact on a reference", async () => {
      const value = await hover(PLAN, positionOf(PLAN, "provider: red_crescent", 0, 12));
      assert.match(value, /\*\*stakeholder\*\* `red_crescent` "Red Crescent"/);
      assert.match(value, /Contact: \+998 71 000 0002/);
    });

    it("names countries and languages, and cites the guideline of a finding", async () => {
      assert.match(await hover(PLAN, positionOf(PLAN, "KG", 0, 1)), /\*\*KG\*\*: Kyrgyzstan/);
      const onEvacuation = await hover(PLAN, positionOf(PLAN, "evacuation {", 0, 2));
      assert.match(onEvacuation, /\[\*\*EVAC001\*\*\]\([^)]*EVAC001\.md\) \(evacuation-regardless-of-status\) comes from \[MICIC Principle 1, Guidelines 11 and 13\]\(https:\/\/micicinitiative\.iom\.int\/\):\n\n- Principle 1: first, save lives/);
      assert.ok(onEvacuation.indexOf("comes from") < onEvacuation.indexOf("**evacuation**"), "the finding before the keyword's help");
    });
  });

  describe("navigation", () => {
    let u: string;
    before(async () => {
      u = uri();
      await client.open(u, PLAN);
    });

    it("goes to the definition of a reference", async () => {
      const location = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: u }, position: positionOf(PLAN, "to: stadium", 0, 5) })) as { range: { start: unknown } };
      assert.deepEqual(location.range.start, positionOf(PLAN, "stadium"));
    });

    it("finds every reference and highlights them", async () => {
      const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: u }, position: positionOf(PLAN, "mes"), context: { includeDeclaration: true } })) as unknown[];
      assert.equal(references.length, 3); // declaration, plan lead, evacuation lead
      const highlights = (await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: u }, position: positionOf(PLAN, "lead: mes", 0, 7) })) as { kind: number }[];
      assert.deepEqual(highlights.map((h) => h.kind), [3, 2, 2]);
    });

    it("renames a name and every reference to it", async () => {
      const many = PLAN.replace("  population workers", Array.from({ length: 40 }, (_, i) => `  stakeholder s${i} "S${i}" { kind: employer  contact: "${i}" }\n`).join("") + "  population workers").replace("size: 1200", `size: 1200\n    employers: ${Array.from({ length: 40 }, () => "mes").join(", ").replace(/^mes/, "red_crescent")}`);
      const mu = uri();
      await client.open(mu, many);
      const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: mu }, position: positionOf(many, "lead: mes", 0, 7) })) as { placeholder: string };
      assert.equal(prepared.placeholder, "mes");
      const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: mu }, position: positionOf(many, "lead: mes", 0, 7), newName: "ministry" })) as { changes: Record<string, TextEdit[]> };
      const renamed = apply(many, edit.changes[mu]);
      assert.ok(!/\bmes\b/.test(renamed));
      assert.equal(renamed.match(/\bministry\b/g)?.length, 42);
      const after = await client.change(mu, [{ text: renamed }]);
      assert.ok(!codes(after).some((c) => String(c).startsWith("NAM")));
    });

    it("refuses with RequestFailed (-32803) to rename what is not an id, or to a name that is taken, malformed or already a word of the language", async () => {
      const refused = async (request: Promise<unknown>, pattern: RegExp) => {
        await assert.rejects(request, (error: { code?: number; message?: string }) => {
          assert.equal(error.code, -32803, error.message);
          assert.match(error.message ?? "", pattern);
          return true;
        });
      };
      const onStadium = { textDocument: { uri: u }, position: positionOf(PLAN, "stadium") };
      await refused(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: u }, position: positionOf(PLAN, "evacuation {", 0, 2) }), /Only the ids.*not a block keyword/);
      await refused(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: u }, position: positionOf(PLAN, "kind: government", 0, 8) }), /not a value/);
      await refused(client.connection.sendRequest(RenameRequest.type, { ...onStadium, newName: "workers" }), /already names a population/);
      await refused(client.connection.sendRequest(RenameRequest.type, { ...onStadium, newName: "two words" }), /not a valid id/);
      // As ids, these would change what the plan says: 'covers: all' means every population, 'yes' and 'no' answer, 'flood' is a hazard.
      for (const word of ["all", "yes", "no", "government", "flood", "required"]) {
        await refused(client.connection.sendRequest(RenameRequest.type, { ...onStadium, newName: word }), new RegExp(`'${word}' is a word the plan language already gives a meaning`));
      }
      for (const keyword of ["stakeholder", "evacuation", "plan", "assembly-point"]) {
        await refused(client.connection.sendRequest(RenameRequest.type, { ...onStadium, newName: keyword }), new RegExp(`'${keyword}' is a block keyword`));
      }
      // A word used in no other sense is a fine id, in any script.
      for (const newName of ["Flood_stadium", "стадион"]) {
        const edit = (await client.connection.sendRequest(RenameRequest.type, { ...onStadium, newName })) as { changes: Record<string, TextEdit[]> };
        assert.deepEqual(edit.changes[u].map((e) => e.newText), [newName, newName]);
      }
    });

    it("outlines the plan: sections, stakeholders, populations, channels, pathways", async () => {
      const [plan] = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: u } })) as DocumentSymbol[];
      assert.equal(plan.name, "Test plan");
      assert.deepEqual(plan.children!.map((c) => c.name), ["mes", "red_crescent", "workers", "evacuation", "communication", "referral"]);
      const communication = plan.children!.find((c) => c.name === "communication")!;
      assert.deepEqual(communication.children!.map((c) => `${c.name} ${c.detail}`), ["sms channel · SMS alerts"]);
    });

    it("lists workspace symbols from open plans and plan files on disk", async () => {
      writeFileSync(path.join(dir, "on-disk.micic"), 'plan "On disk" {\n  stakeholder disk_agency "Disk" { kind: government }\n}\n');
      const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "disk" })) as { name: string; location: { uri: string } }[];
      assert.ok(symbols.some((s) => s.name === "disk_agency" && s.location.uri.endsWith("on-disk.micic")));
      const all = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "red_cres" })) as { name: string }[];
      assert.ok(all.some((s) => s.name === "red_crescent"));
    });

    it("folds blocks and comment runs, and widens selections value → attribute → block", async () => {
      const folds = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: u } })) as { startLine: number; endLine: number }[];
      assert.ok(folds.some((f) => f.startLine === 1 && f.endLine === 28), JSON.stringify(folds));
      const [selection] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: u }, positions: [positionOf(PLAN, "ky, ru", 0, 1)] })) as { range: unknown; parent?: unknown }[];
      const chain: unknown[] = [];
      for (let s: { range: unknown; parent?: unknown } | undefined = selection; s; s = s.parent as typeof s) chain.push(s.range);
      assert.ok(chain.length >= 4, `chain of ${chain.length}`);
    });
  });

  describe("semantic tokens, formatting, lenses and hints", () => {
    it("tells declarations from references", async () => {
      const u = uri();
      await client.open(u, PLAN);
      const { data } = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: u } })) as { data: number[] };
      const legend = client.capabilities.semanticTokensProvider!.legend;
      const decoded: { line: number; char: number; length: number; type: string; mods: number }[] = [];
      let line = 0;
      let char = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        decoded.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], mods: data[i + 4] });
      }
      const at = (needle: string, n = 0) => {
        const p = positionOf(PLAN, needle, n);
        return decoded.find((t) => t.line === p.line && t.char === p.character);
      };
      assert.equal(at("mes")?.type, "variable");
      assert.equal(at("mes")?.mods, 0, "a reference");
      assert.equal(at("mes", 1)?.mods, 1, "the declaration");
      assert.equal(at("stakeholder")?.type, "keyword");
      assert.equal(at("country")?.type, "property");
      assert.equal(at("government")?.type, "enumMember");
    });

    it("sends only what changed since its last answer (semanticTokens/full/delta), and a whole answer when it cannot", async () => {
      assert.deepEqual(client.capabilities.semanticTokensProvider!.full, { delta: true });
      const u = uri();
      await client.open(u, PLAN);
      type Delta = { resultId: string; edits: { start: number; deleteCount: number; data?: number[] }[] };
      const full = async () => (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: u } })) as { resultId: string; data: number[] };
      const delta = async (previousResultId: string) =>
        (await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: u }, previousResultId })) as Delta & { data?: number[] };
      const patch = (data: number[], d: Delta) => {
        assert.ok(Array.isArray(d.edits), "edits, not a whole answer");
        const patched = data.slice();
        for (const edit of [...d.edits].sort((a, b) => b.start - a.start)) patched.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
        return patched;
      };
      const opened = await full();
      let data = opened.data;
      // Two edits, each answered by the edits from the answer before.
      const at = positionOf(PLAN, "  population");
      await client.change(u, [{ range: { start: at, end: at }, text: '  stakeholder red_crescent "Red Crescent" {\n    kind: civil-society\n  }\n' }]);
      const first = await delta(opened.resultId);
      data = patch(data, first);
      await client.change(u, [{ range: { start: at, end: at }, text: "  # a comment\n" }]);
      const second = await delta(first.resultId);
      data = patch(data, second);
      const whole = await full();
      assert.deepEqual(data, whole.data);
      assert.ok(first.edits.reduce((n, e) => n + (e.data?.length ?? 0), 0) < whole.data.length, "less than the whole");
      // An answer the server no longer has (a whole answer came after it), or never sent: the whole answer.
      assert.deepEqual((await delta(second.resultId)).data, whole.data);
      assert.deepEqual((await delta("gone")).data, whole.data);
    });

    it("formats to the canonical layout, idempotently, keeping every comment and value", async () => {
      const messy = `# header\nplan   "X"{\ncountry :"Uzbekistan"   # trailing\n      hazards: flood ,mudflow\n\n\n\n  stakeholder mes "M" {kind: government contact:"1"}\n  }\n`;
      const u = uri();
      await client.open(u, messy);
      const edits = (await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
      const formatted = apply(messy, edits);
      assert.equal(formatted, '# header\nplan "X" {\n  country: "Uzbekistan" # trailing\n  hazards: flood, mudflow\n\n  stakeholder mes "M" { kind: government  contact: "1" }\n}\n');
      await client.change(u, [{ text: formatted }]);
      const again = (await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } })) as TextEdit[];
      assert.deepEqual(again, []);
      const broken = uri();
      await client.open(broken, 'plan "X" {\n  country "X"\n}\n');
      assert.deepEqual(await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: broken }, options: { tabSize: 2, insertSpaces: true } }), []);
    });

    it("says each thing once where it belongs: a lens per population on its languages, one on the evacuation for capacity, one on the referral for its pathways", async () => {
      const u = uri();
      await client.open(u, PLAN);
      const lenses = async (v: string) =>
        ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: v } })) as { range: { start: { line: number } }; command: { title: string } }[]).map(
          (l) => `${l.range.start.line}: ${l.command.title}`,
        );
      const line = (needle: string) => PLAN.split("\n").findIndex((l) => l.includes(needle));
      assert.deepEqual(await lenses(u), [
        `${line("population workers")}: 1 of 2 languages on its channels (not ru)`,
        `${line("evacuation {")}: assembly points: 1,000 places for 1,200 people covered · 200 people more than they can hold (EVAC006)`,
        `${line("referral {")}: referral pathways for health`,
      ]);
      // A channel naming one population reaches only it; one without `reaches` reaches all.
      const two = uri();
      await client.open(
        two,
        'plan "Lens plan" {\n  population a "A" { size: 10  languages: ky, ru }\n  population b "B" { size: 10  languages: tg }\n' +
          '  communication {\n    channel c1 "C1" { medium: sms  languages: ky  reaches: a }\n    channel c2 "C2" { medium: radio  languages: ru }\n  }\n}\n',
      );
      assert.deepEqual(await lenses(two), ["1: 2 of 2 languages on its channels", "2: 0 of 1 language on its channels (not tg)"], "the same sentence never on every sibling");
      // micic.codeLens.enable: false turns them off.
      // (Once the server has read the new settings: it checks the document again then.)
      const reread = client.nextDiagnostics(u);
      await client.changeSettings({ codeLens: { enable: false } });
      await reread;
      try {
        assert.deepEqual(await lenses(u), []);
      } finally {
        const restored = client.nextDiagnostics(u);
        await client.changeSettings({});
        await restored;
      }
    });
  });

  describe("checking the whole workspace", () => {
    /** Tells the server of files created, changed or deleted, as VS Code's file watcher does. */
    const fileEvents = (...changes: [file: string, type: 1 | 2 | 3][]) =>
      client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map(([file, type]) => ({ uri: pathToFileURL(file).href, type })) });

    it("micic/checkWorkspace checks plans on disk that are not open and publishes their diagnostics, also one created after a search", async () => {
      const first = (await client.connection.sendRequest("micic/checkWorkspace")) as { files: number };
      writeFileSync(path.join(dir, "closed.micic"), 'plan "Closed" {\n  country Uzbekistan\n}\n');
      await fileEvents([path.join(dir, "closed.micic"), 1]);
      const closed = pathToFileURL(path.join(dir, "closed.micic")).href;
      const published = client.nextDiagnostics(closed);
      const totals = (await client.connection.sendRequest("micic/checkWorkspace")) as { files: number; errors: number };
      assert.equal(totals.files, first.files + 1, "the new plan is found once the watcher tells of it");
      assert.ok(totals.errors >= 1, JSON.stringify(totals));
      const diagnostics = (await published).diagnostics;
      assert.equal(diagnostics.find((d) => d.code === "SYN001")?.range.start.line, 1);
    });

    it("passes over what a .micicignore names, in the workspace check and for an open page, until the .micicignore goes", async () => {
      const docs = path.join(dir, "docs");
      mkdirSync(docs, { recursive: true });
      // A rule page: its examples are plans that fail on purpose.
      const page = path.join(docs, "RULE.md");
      writeFileSync(page, "# A rule\n\n## Fails\n\n```micic\nplan \"Example\" {\n  country Uzbekistan\n}\n```\n");
      const ignoreFile = path.join(dir, ".micicignore");
      writeFileSync(ignoreFile, "docs/\n");
      await fileEvents([page, 1], [ignoreFile, 1]);
      const pageUri = pathToFileURL(page).href;
      try {
        await client.connection.sendRequest("micic/checkWorkspace");
        assert.deepEqual(client.published.get(pageUri) ?? [], [], "the workspace check passes over the ignored page");
        assert.deepEqual(await client.open(pageUri, readFileSync(page, "utf8"), "markdown"), [], "an ignored page opened in the editor has no findings");
        // The .micicignore removed: the open page is checked again at once.
        rmSync(ignoreFile);
        const rechecked = client.nextDiagnostics(pageUri);
        await fileEvents([ignoreFile, 3]);
        assert.ok((await rechecked).diagnostics.some((d) => d.code === "SYN001"), "checked once nothing ignores it");
      } finally {
        await client.close(pageUri);
        rmSync(docs, { recursive: true, force: true });
        await fileEvents([page, 3]);
      }
    });

    it("answers micic/checkWorkspace sent as the extension sends it: params null, or [null], with a cancellation token", async () => {
      // The command sent `null` on the wire, which the handler took for its
      // cancellation token: "Cannot read properties of null (reading 'isCancellationRequested')".
      const { CancellationTokenSource } = await import("vscode-languageserver-protocol/node");
      for (const params of [null, undefined]) {
        const totals = (await client.connection.sendRequest("micic/checkWorkspace", params, new CancellationTokenSource().token)) as { files: number };
        assert.equal(typeof totals.files, "number");
      }
    });
  });

  describe("robustness", () => {
    it("answers an unknown method with an error and keeps serving", async () => {
      await assert.rejects(client.connection.sendRequest("micic/nonsense", {}), /Unhandled method|not found/i);
      await assert.rejects(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: "file:///x.micic" } } as never));
      assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: "file:///never-opened.micic" }, position: { line: 0, character: 0 } }), null);
      const u = uri();
      assert.ok((await client.open(u, PLAN)).length > 0, "still checking");
    });

    it("honours $/cancelRequest and keeps answering", async () => {
      const u = uri();
      await client.open(u, sample("tripoli-conflict.micic"));
      const { CancellationTokenSource } = await import("vscode-languageserver-protocol/node");
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: u } }, source.token);
      source.cancel();
      await pending.then(
        () => undefined,
        (error: { code?: number }) => assert.equal(error.code, -32800),
      );
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: u } })) as unknown[];
      assert.equal(symbols.length, 1);
    });
  });
});
