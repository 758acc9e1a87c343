/**
 * The findings in the user's language (issue 17): the server writes them in
 * the display language the client announces in `initialize`, unless the
 * `micic.locale` setting names another; quick-fix titles follow.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { CodeActionRequest, CodeLensRequest, HoverRequest, type CodeAction, type Diagnostic, type Hover, type MarkupContent } from "vscode-languageserver-protocol/node";
import { TestClient } from "../helpers/lsp-client";

/** A stakeholder without a contact: STK001, whose messages are translated, with a suggestion. */
const PLAN = 'plan "План" {\n  country: "UZ"\n  stakeholder мчс "МЧС Узбекистана" {\n    kind: government\n  }\n}\n';

const stk001 = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === "STK001");

describe("the findings in the user's language", function () {
  this.timeout(30_000);
  const clients: TestClient[] = [];
  async function started(locale?: string): Promise<{ client: TestClient; uri: string }> {
    const dir = mkdtempSync(path.join(tmpdir(), "micic-lsp-locale-"));
    const client = new TestClient();
    clients.push(client);
    await client.initialize(pathToFileURL(dir).href, {}, locale);
    return { client, uri: pathToFileURL(path.join(dir, "план.micic")).href };
  }
  after(async () => {
    for (const client of clients) await client.stop();
  });

  it("speaks Russian to a client whose display language is Russian, in the finding and its quick-fix title", async () => {
    const { client, uri } = await started("ru");
    const finding = stk001(await client.open(uri, PLAN));
    assert.ok(finding);
    assert.match(finding.message, /^У участника мчс \("МЧС Узбекистана"\) не указан контакт\. Добавьте `contact`/);
    assert.match(finding.message, /\(Руководящие принципы MICIC, рекомендация 12\)\.$/);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding], only: ["quickfix"] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), [
      "Добавить `contact`, чтобы вписать телефон или электронную почту контактного лица",
      "Отключить STK001 для этой строки",
      "Отключить STK001 для этого файла",
    ]);
  });

  it("speaks Russian in hover (the finding, its guideline, the declaration) and in code lenses", async () => {
    const { client, uri } = await started("ru");
    const plan = PLAN.replace("}\n}\n", '}\n  population рабочие "Рабочие" { size: 1200  languages: ky, ru }\n  communication {\n    channel смс "СМС" { medium: sms  languages: ky }\n  }\n}\n');
    await client.open(uri, plan);
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 15 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\(stakeholder-contact\) следует из документа: \[Руководящие принципы MICIC, рекомендация 12\]\(https:\/\/micicinitiative\.iom\.int\/\):/);
    assert.match(value, /\n- Рекомендация 12: /);
    // What the rule checks, in Russian (the rule's translated summary, rules/rule-text.ts).
    assert.match(value, /\n\nУ участника нет `contact` — контактного лица, которое отвечает во время кризиса\./);
    assert.match(value, /Вид: government {2}\nКонтакт: _не указан_/);
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as { command: { title: string } }[];
    assert.deepEqual(lenses.map((l) => l.command.title), ["1 из 2 языков в каналах связи (нет: ru)"]);
  });

  it("speaks the language micic.locale names instead, and again the display language when it is cleared", async () => {
    const { client, uri } = await started("ru");
    await client.open(uri, PLAN);
    const english = client.nextDiagnostics(uri);
    await client.changeSettings({ locale: "en" });
    assert.match(stk001((await english).diagnostics)!.message, /^Stakeholder мчс \("МЧС Узбекистана"\) has no contact\./);
    const cyrillicUzbek = client.nextDiagnostics(uri);
    await client.changeSettings({ locale: "uz-Cyrl" });
    assert.match(stk001((await cyrillicUzbek).diagnostics)!.message, /иштирокчисининг алоқа маълумоти кўрсатилмаган/);
    const russian = client.nextDiagnostics(uri);
    await client.changeSettings({ locale: "" });
    assert.match(stk001((await russian).diagnostics)!.message, /не указан контакт/);
  });

  it("speaks English to a client in a language it does not speak, and says so of a micic.locale it does not know", async () => {
    const { client, uri } = await started("de");
    assert.match(stk001(await client.open(uri, PLAN))!.message, /^Stakeholder мчс/);
    await client.changeSettings({ locale: "de" });
    assert.match((await client.logged("server", /micic\.locale 'de'/)).message, /use en, ru, uz or uz-Cyrl/);
  });
});
