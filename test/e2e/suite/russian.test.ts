/**
 * The extension in VS Code whose display language is Russian (issue 17).
 * scripts/e2e/run.mjs runs the suite a second time, with code-server started
 * with `--locale ru`, picking these tests (MICIC_E2E_GREP); in the English
 * run they are skipped. What a Russian-speaking drafter sees: the commands'
 * titles (package.nls.ru.json), the findings, hover and quick-fix titles
 * from the server (initialize's locale), and the extension's own
 * notifications (l10n/bundle.l10n.ru.json).
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, codeOf, fixture, open, ours, positionOf, waitForDiagnostics } from "./helpers";

const cyrillic = /[а-яё]{4}/i;

describe("in Russian: the display language's words", function () {
  before(function () {
    if (!vscode.env.language.startsWith("ru")) this.skip();
  });

  it("VS Code's display language is Russian", () => {
    assert.equal(vscode.env.language, "ru");
  });

  it("titles the commands and settings in Russian", () => {
    type Localized = string | { value: string; original: string };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: { command: string; title: Localized }[]; configuration: { properties: Record<string, { description?: Localized; markdownDescription?: Localized }> } };
    };
    // VS Code gives a translated title as { value, original }.
    const text = (localized: Localized | undefined) => (typeof localized === "object" ? localized.value : (localized ?? ""));
    const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, text(c.title)]));
    assert.equal(titles["micic.newPlan"], "Новый план по шаблону");
    for (const [command, title] of Object.entries(titles)) assert.match(title, cyrillic, `${command}: ${title}`);
    const locale = manifest.contributes.configuration.properties["micic.locale"];
    assert.match(text(locale.markdownDescription ?? locale.description), cyrillic);
  });

  it("gives the findings, their hover and their quick-fixes' titles in Russian, codes unchanged", async () => {
    const document = await open(fixture("plan.micic"));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, "findings on plan.micic");
    for (const diagnostic of ours(document.uri)) {
      assert.match(diagnostic.message, cyrillic, `${codeOf(diagnostic)}: ${diagnostic.message}`);
      assert.match(codeOf(diagnostic) ?? "", /^[A-Z]{3,4}\d{3}$/);
    }
    // A guideline's finding (a language rule's cannot be disabled).
    const first = diagnostics.find((d) => !/^(SYN|SCH|NAM|SUP|LIM)/.test(codeOf(d) ?? "")) ?? diagnostics[0];
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, first.range.start);
    const hover = hovers.flatMap((h) => h.contents).map((c) => (typeof c === "string" ? c : c.value)).join("\n");
    assert.match(hover, /Руководящие принципы MICIC/, hover);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, first.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t === `Показать описание правила ${codeOf(first)}`), titles.join(" | "));
    assert.ok(titles.some((t) => /^Отключить /.test(t)), titles.join(" | "));
  });

  it("explains an attribute on hover in Russian", async () => {
    const document = await open(fixture("plan.micic"));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, positionOf(document, "nationalities", 0, 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === "string" ? c : c.value)).join("\n");
    assert.match(text, /\*\*nationalities\*\*: список, каждое значение которого — /, text);
    assert.match(text, /Страны происхождения в виде двухбуквенных кодов ISO 3166-1/, text);
  });

  it("opens a rule's page in Russian", async () => {
    const opened = await vscode.commands.executeCommand<string>("micic.openRuleDocs", "EVAC001");
    assert.match(String(opened), /\/docs\/rules\/ru\/EVAC001\.md$/);
    const page = await vscode.workspace.openTextDocument(vscode.Uri.parse(String(opened)));
    assert.match(page.getText(), /^# EVAC001/m);
    assert.match(page.getText(), cyrillic);
  });

  it("speaks Russian in the extension's own messages (vscode.l10n)", () => {
    assert.equal(vscode.l10n.t("Show Problems"), "Показать проблемы");
  });
});
