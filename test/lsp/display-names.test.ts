/**
 * Names of languages and countries in the user's language, in hover and
 * completion: in memory for each locale (the display locale is the
 * server's one setting of it), and through a real client that sends its
 * locale in `initialize`.
 */
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import {
  CompletionRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { completionsAt } from "../../server/src/lsp/completion";
import { codesWithDisplayNames, countryDisplayName, displayLocale, displayTag, languageDisplayName, setDisplayLocale } from "../../server/src/lsp/display-names";
import { hoverAt } from "../../server/src/lsp/hover";
import { PlanModels } from "../../server/src/lsp/models";
import { TestClient } from "../helpers/lsp-client";

/** A plan as an Uzbek official types it: Cyrillic names, every form of language code. */
const PLAN = `plan "Фарғона вилояти: сел" {
  country: "Ўзбекистон"
  hazards: mudflow
  lead: фвчс
  stakeholder фвчс "Фавқулодда вазиятлар бошқармаси" { kind: government  contact: "+998 73 000 0000" }
  stakeholder консульство_кр "Консульство Кыргызстана" { kind: consulate  country: KG  contact: "+998 73 000 0001" }
  population мардикорлар "Мавсумий ишчилар" {
    size: 800
    nationalities: KG, TJ
    languages: kir, rus, uz-Cyrl, ru-RU, prs, kjh
  }
  communication {
    channel смс "СМС-хабарнома" { medium: sms  languages: ‸  reaches: мардикорлар }
  }
}
`;

const CURSOR = "‸";
const TEXT = PLAN.replace(CURSOR, "");

function model(text = TEXT) {
  return new PlanModels(() => undefined).parsed(TextDocument.create("file:///fargona.micic", "micic-plan", 1, text));
}

/** The hover on the first occurrence of `needle` after `after`. */
function hover(needle: string, after = "languages: kir"): string {
  const offset = TEXT.indexOf(needle, TEXT.indexOf(after)) + 1;
  return hoverAt(model(), offset) ?? "";
}

function complete(typed: string): CompletionList {
  const text = PLAN.replace(CURSOR, typed + CURSOR);
  const offset = text.indexOf(CURSOR);
  return completionsAt(model(text.replace(CURSOR, "")), offset, true);
}

const item = (list: CompletionList, label: string): CompletionItem | undefined => list.items.find((i) => i.label === label);

describe("names in the user's language", () => {
  afterEach(() => setDisplayLocale(undefined));

  it("turns any form of a language code into the tag ICU knows", () => {
    assert.equal(displayTag("kir"), "ky");
    assert.equal(displayTag("rus"), "ru");
    assert.equal(displayTag("uzb"), "uz");
    assert.equal(displayTag("uz-Cyrl"), "uz-Cyrl");
    assert.equal(displayTag("ru-RU"), "ru-RU");
    assert.equal(displayTag("prs"), "prs");
    assert.equal(displayTag("xx"), undefined);
  });

  it("in Russian: hover names each language and country in Russian, whatever the form of its code", () => {
    setDisplayLocale("ru");
    assert.equal(displayLocale(), "ru");
    assert.equal(hover("kir"), "**kir**: киргизский");
    assert.equal(hover("rus"), "**rus**: русский");
    assert.equal(hover("uz-Cyrl"), "**uz-Cyrl**: узбекский (кириллица)");
    assert.equal(hover("ru-RU"), "**ru-RU**: русский (Россия)");
    assert.equal(hover("prs"), "**prs**: дари");
    assert.equal(hover("KG", "nationalities"), "**KG**: Киргизия");
    assert.equal(hover("TJ", "nationalities"), "**TJ**: Таджикистан");
    assert.equal(hover("KG", "country: KG"), "**KG**: Киргизия", "a consulate's country too");
  });

  it("in Uzbek, Latin and Cyrillic scripts", () => {
    setDisplayLocale("uz");
    assert.equal(hover("kir"), "**kir**: qirgʻizcha");
    assert.match(hover("uz-Cyrl"), /^\*\*uz-Cyrl\*\*: o‘zbek \(kirill\)$/);
    assert.equal(hover("KG", "nationalities"), "**KG**: Qirgʻiziston");
    setDisplayLocale("uz-Cyrl");
    assert.equal(hover("rus"), "**rus**: русча");
    assert.equal(hover("KG", "nationalities"), "**KG**: Қирғизистон");
  });

  it("falls back to English: for no locale, one ICU cannot name things in, a malformed one; and to the ISO name for a code ICU cannot name", () => {
    for (const locale of [undefined, "", "xx-YY", "not a locale", "C"]) {
      setDisplayLocale(locale);
      assert.equal(displayLocale(), "en", String(locale));
      assert.equal(hover("uz-Cyrl"), "**uz-Cyrl**: Uzbek (Cyrillic)");
    }
    setDisplayLocale("ru_RU.UTF-8");
    assert.equal(displayLocale(), "ru-RU");
    assert.equal(hover("kjh"), "**kjh**: Khakas", "ICU has no Russian name for Khakas: the ISO name");
  });

  it("in Russian: completion gives each language code its Russian name, as detail and label description", () => {
    setDisplayLocale("ru");
    const list = complete("");
    const uz = item(list, "uz")!;
    assert.equal(uz.detail, "узбекский");
    assert.equal(uz.labelDetails?.description, "узбекский");
    assert.match(String(uz.filterText), /узбекский/);
    assert.match(String(uz.filterText), /Uzbek/, "the English name still finds it");
    assert.match((uz.documentation as MarkupContent).value, /\*\*uz\*\*: узбекский/);
    assert.equal(item(list, "ky")?.detail, "киргизский");
  });

  it("in Russian: completion finds a language and a country by the first letters of its Russian name", () => {
    setDisplayLocale("ru");
    const languages = complete("узб");
    assert.ok(item(languages, "uz"), languages.items.map((i) => i.label).join(", "));
    assert.ok(item(languages, "uzb"), "its ISO 639-2 code too");
    assert.ok(!item(languages, "ru"));
    const dari = complete("дар");
    assert.equal(item(dari, "prs")?.detail, "дари");
    const text = TEXT.replace("nationalities: KG, TJ", "nationalities: KG, Тадж");
    const offset = text.indexOf("Тадж") + 4;
    const countries = completionsAt(model(text), offset, true);
    assert.equal(item(countries, "TJ")?.detail, "Таджикистан");
    assert.ok(!item(countries, "KG"), "a country already listed is not offered again");
  });

  it("in Uzbek: completion names languages in Uzbek", () => {
    setDisplayLocale("uz");
    assert.equal(item(complete(""), "ru")?.detail, "ruscha");
    assert.ok(item(complete("qirg"), "ky"));
  });

  it("knows which codes ICU names, three-letter ones such as prs (Dari) among them", () => {
    const named = codesWithDisplayNames();
    for (const code of ["ru", "rus", "ky", "kir", "uz", "uzb", "prs"]) assert.ok(named.has(code), code);
    assert.ok(!named.has("kjh"));
    assert.equal(languageDisplayName("xx"), undefined);
    assert.equal(countryDisplayName("XX"), undefined);
  });
});

describe("names in the locale the client sent in initialize", function () {
  this.timeout(30_000);
  let client: TestClient;
  let uri: string;

  before(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "micic-locale-"));
    client = new TestClient();
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: null,
      locale: "ru",
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    client.capabilities = result.capabilities;
    await client.connection.sendNotification(InitializedNotification.type, {});
    uri = pathToFileURL(path.join(dir, "fargona.micic")).href;
    await client.open(uri, TEXT);
  });
  after(async () => {
    await client?.stop();
  });

  const at = (offset: number) => TextDocument.create(uri, "micic-plan", 1, TEXT).positionAt(offset);

  it("hover and completion speak Russian to a client whose locale is ru (server.ts passes params.locale to setDisplayLocale)", async () => {
    const onCode = at(TEXT.indexOf("uz-Cyrl") + 1);
    const hovered = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: onCode })) as Hover | null;
    assert.equal((hovered?.contents as MarkupContent | undefined)?.value, "**uz-Cyrl**: узбекский (кириллица)");
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at(PLAN.indexOf(CURSOR)) })) as CompletionList;
    assert.equal(item(list, "ru")?.detail, "русский");
  });
});
