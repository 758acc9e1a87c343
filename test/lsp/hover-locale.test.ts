/**
 * Hover's help in the user's language (issue 17): on a block keyword, an
 * attribute and an allowed value, a client whose display language is
 * Russian reads what they mean in Russian, with the words around them
 * (attributes, values, what the MICIC rules expect); Uzbek in Cyrillic
 * script reads Cyrillic; English stays as it was.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { HoverRequest, type Diagnostic, type Hover, type MarkupContent } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { TestClient } from "../helpers/lsp-client";

const PLAN = `plan "План" {
  country: "Узбекистан"
  communication {
    channel смс "СМС оповещение" {
      medium: cell-broadcast
      two-way: no
    }
  }
}
`;

describe("hover in the user's language", function () {
  this.timeout(30_000);
  const clients: TestClient[] = [];
  after(async () => {
    for (const client of clients) await client.stop();
  });

  let diagnostics: Diagnostic[] = [];
  async function hoverer(locale: string) {
    const dir = mkdtempSync(path.join(tmpdir(), "micic-lsp-hover-locale-"));
    const client = new TestClient();
    clients.push(client);
    await client.initialize(pathToFileURL(dir).href, {}, locale);
    const uri = pathToFileURL(path.join(dir, "план.micic")).href;
    diagnostics = await client.open(uri, PLAN);
    const document = TextDocument.create(uri, "micic-plan", 1, PLAN);
    return async (needle: string) => {
      const position = document.positionAt(PLAN.indexOf(needle) + 1);
      const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
      return (hover?.contents as MarkupContent | undefined)?.value ?? "";
    };
  }

  it("explains a block, an attribute and a value in Russian", async () => {
    const hover = await hoverer("ru");
    const block = await hover("communication");
    assert.match(block, /\*\*communication\*\*\n\n[А-ЯЁ]/, "below the finding on the keyword, what the block is");
    assert.match(block, /Атрибуты: /);
    const attribute = await hover("two-way");
    assert.match(attribute, /^\*\*two-way\*\*: `yes` или `no`/);
    assert.match(attribute, /`yes`, если через канал люди могут ответить или задать вопрос\./);
    const value = await hover("cell-broadcast");
    assert.match(value, /^\*\*cell-broadcast\*\*: Оповещение, которое операторы мобильной связи рассылают/);
    // The keyword's help (below the findings on the keyword, which name their rules), the attribute's and the value's.
    for (const text of [block.slice(block.indexOf("**communication**")), attribute, value]) assert.doesNotMatch(text.replace(/`[^`]*`/g, ""), /\b(the|which|takes|Attributes|Values)\b/, text);
  });

  it("links each finding to its rule's page in the findings' language, in the diagnostic and in the hover", async () => {
    const hover = await hoverer("ru");
    assert.ok(diagnostics.length > 0);
    for (const diagnostic of diagnostics) assert.match(diagnostic.codeDescription!.href, new RegExp(`/docs/rules/ru/${diagnostic.code}\\.md$`));
    assert.match(await hover("communication"), /\(file:\/\/[^)]*\/docs\/rules\/ru\/COMM\d{3}\.md\)/);
    await hoverer("uz-Cyrl");
    for (const diagnostic of diagnostics) assert.match(diagnostic.codeDescription!.href, new RegExp(`/docs/rules/uz-Cyrl/${diagnostic.code}\\.md$`));
    await hoverer("en");
    for (const diagnostic of diagnostics) assert.match(diagnostic.codeDescription!.href, new RegExp(`/docs/rules/${diagnostic.code}\\.md$`));
  });

  it("explains them in Cyrillic for Uzbek in Cyrillic script, and in English for English", async () => {
    const cyrillic = await hoverer("uz-Cyrl");
    assert.match(await cyrillic("cell-broadcast"), /^\*\*cell-broadcast\*\*: Мобил алоқа операторлари/);
    const english = await hoverer("en");
    assert.match(await english("two-way"), /^\*\*two-way\*\*: yes or no\n\n`yes` when people can answer or ask through it\./);
  });
});
