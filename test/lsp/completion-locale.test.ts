/**
 * Completion's documentation in the user's language (issue 17): a client
 * whose display language is Russian reads what an attribute, a block and a
 * value mean in Russian, with the words around them; Uzbek in Cyrillic
 * script reads it in Cyrillic; `micic.locale` overrides the display
 * language, as it does for the findings.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { CompletionRequest, type CompletionItem, type CompletionList, type MarkupContent } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { TestClient } from "../helpers/lsp-client";

const CURSOR = "‸";

/** A plan with a channel: completion on its empty line (attributes) or after `medium:` (values). */
const plan = (line: string) => `plan "План" {\n  country: "Узбекистан"\n  communication {\n    channel смс "СМС оповещение" {\n      ${line}\n    }\n  }\n}\n`;

const doc = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value ?? "";

describe("completion in the user's language", function () {
  this.timeout(30_000);
  const clients: TestClient[] = [];
  let n = 0;
  async function started(locale?: string): Promise<{ client: TestClient; complete: (marked: string) => Promise<CompletionItem[]> }> {
    const dir = mkdtempSync(path.join(tmpdir(), "micic-lsp-completion-locale-"));
    const client = new TestClient();
    clients.push(client);
    await client.initialize(pathToFileURL(dir).href, {}, locale);
    const complete = async (marked: string) => {
      const text = marked.replace(CURSOR, "");
      const uri = pathToFileURL(path.join(dir, `план${++n}.micic`)).href;
      await client.open(uri, text);
      const position = TextDocument.create(uri, "micic-plan", 1, text).positionAt(marked.indexOf(CURSOR));
      return ((await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList).items;
    };
    return { client, complete };
  }
  after(async () => {
    for (const client of clients) await client.stop();
  });

  it("documents an attribute, a block and a value in Russian for a client whose display language is Russian", async () => {
    const { complete } = await started("ru");
    const attributes = await complete(plan(CURSOR));
    const twoWay = attributes.find((i) => i.label === "two-way");
    assert.equal(doc(twoWay), "`yes`, если через канал люди могут ответить или задать вопрос.");
    assert.equal(twoWay!.detail, "`yes` или `no`");
    assert.equal(twoWay!.command?.title, "Предложить значения");
    const languages = attributes.find((i) => i.label === "languages")!;
    assert.equal(doc(languages), "Языки, на которых передаются сообщения канала, в виде кодов ISO 639.");
    assert.match(languages.detail!, /^список: код языка/);

    const inSection = await complete(plan('medium: sms\n    }\n    ‸\n    channel x "X" {'));
    const channel = inSection.find((i) => i.label === "channel")!;
    assert.equal(channel.detail, "блок `channel`");
    assert.match(doc(channel), /^Один из способов донести информацию до людей/);
    const lead = inSection.find((i) => i.label === "lead")!;
    assert.match(doc(lead), /^Участник, который руководит информированием во время кризиса\.$/);

    const media = await complete(plan(`medium: ${CURSOR}`));
    const broadcast = media.find((i) => i.label === "cell-broadcast")!;
    assert.equal(broadcast.detail, "Оповещение на каждый телефон в районе");
    assert.match(doc(broadcast), /^Оповещение, которое операторы мобильной связи рассылают на все телефоны в районе/);
    assert.match(doc(broadcast), /\n\n`medium: cell-broadcast`$/);
    for (const item of media) assert.match(item.detail!, /[а-яё]{3}/i, `${item.label}: ${item.detail}`);
  });

  it("documents them in Cyrillic for Uzbek in Cyrillic script, and in Latin for Uzbek", async () => {
    const cyrillic = await started("uz-Cyrl");
    const broadcast = (await cyrillic.complete(plan(`medium: ${CURSOR}`))).find((i) => i.label === "cell-broadcast")!;
    assert.equal(broadcast.detail, "Ҳудуддаги ҳар бир телефонга огоҳлантириш");
    assert.match(doc(broadcast), /^Мобил алоқа операторлари/);
    const twoWay = (await cyrillic.complete(plan(CURSOR))).find((i) => i.label === "two-way")!;
    assert.equal(doc(twoWay), "`yes` — агар одамлар у орқали жавоб бера ёки савол бера олса.");

    const latin = await started("uz");
    const anonymous = (await latin.complete(plan(CURSOR))).find((i) => i.label === "anonymous")!;
    assert.equal(doc(anonymous), "`yes` — agar undan shaxsini yoki maqomini aytmasdan foydalanish mumkin boʻlsa.");
  });

  it("documents them in the language micic.locale names, and in English for a display language it does not speak", async () => {
    const { client, complete } = await started("ru");
    await client.changeSettings({ locale: "en" });
    const twoWay = (await complete(plan(CURSOR))).find((i) => i.label === "two-way")!;
    assert.equal(doc(twoWay), "`yes` when people can answer or ask through it.");

    const german = await started("de");
    const medium = (await german.complete(plan(`medium: ${CURSOR}`))).find((i) => i.label === "cell-broadcast")!;
    assert.equal(medium.detail, "An alert on every phone in the area");
  });
});
