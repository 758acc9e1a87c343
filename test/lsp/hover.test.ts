/**
 * Hover through a real client (the built server, JSON-RPC over stdio): what
 * an allowed value means, on the value and in its attribute's help; names
 * of languages in any of their codes' forms.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { HoverRequest, type Hover, type MarkupContent } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { valueDoc } from "../../server/src/core/value-docs";
import { TestClient } from "../helpers/lsp-client";

const PLAN = `plan "Hover plan" {
  country: "Uzbekistan"
  hazards: flood, mudflow
  lead: mes
  stakeholder mes "Ministry" { kind: government  contact: "+998 71 000 0000" }
  population мигранты "Трудовые мигранты" {
    size: 1200
    nationalities: KG, TJ
    languages: kir, rus, uz-Cyrl, ru-RU, prs
    vulnerabilities: limited-local-language
  }
  evacuation {
    covers: all
    consent: informed
  }
  communication {
    channel cb "Cell broadcast" { medium: cell-broadcast  languages: ru  two-way: no  reaches: мигранты }
    channel bad "Misspelt" { medium: cel-broadcast }
  }
  referral {
    consent: required
  }
}
`;

describe("hover", function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "micic-hover-"));
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).href);
    uri = pathToFileURL(path.join(dir, "hover.micic")).href;
    await client.open(uri, PLAN);
  });
  after(async () => {
    await client?.stop();
  });

  /** The hover's Markdown on the `n`th occurrence of `needle`, `delta` characters in. */
  async function hover(needle: string, n = 0, delta = 1): Promise<string> {
    let at = -1;
    for (let i = 0; i <= n; i++) at = PLAN.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' is in the plan`);
    const position = TextDocument.create(uri, "micic-plan", 1, PLAN).positionAt(at + delta);
    const result = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
    return result ? (result.contents as MarkupContent).value : "";
  }

  describe("on an allowed value: what it means, not what the attribute takes", () => {
    it("explains a medium", async () => {
      const text = await hover("cell-broadcast", 0, 3);
      assert.equal(text, `**cell-broadcast**: ${valueDoc("channel", "medium", "cell-broadcast")!.doc}`);
      assert.match(text, /every phone in an area/);
    });

    it("explains a word by the attribute it is given to (consent means one thing in evacuation, another in referral)", async () => {
      assert.match(await hover("informed"), /People choose to go/);
      assert.match(await hover("required", 0, 2), /Personal data moves between stakeholders only after the person agrees/);
    });

    it("explains yes and no for the attribute they answer, and `all`", async () => {
      assert.match(await hover("two-way: no", 0, 9), /\*\*no\*\*: People can only receive messages/);
      assert.match(await hover("covers: all", 0, 9), /\*\*all\*\*: The evacuation applies to every population/);
    });

    it("explains hazards and vulnerabilities", async () => {
      assert.match(await hover("mudflow"), /mud, water and rock/);
      assert.match(await hover("limited-local-language", 0, 3), /miss warnings given only in it/);
    });

    it("says a misspelt word is not a value, and which the attribute takes", async () => {
      assert.match(await hover("cel-broadcast", 0, 3), /`cel-broadcast` is not a value of `medium`, which takes one of sms, cell-broadcast/);
    });
  });

  it("lists an attribute's values, each with its gist, in the attribute's help", async () => {
    const text = await hover("medium", 0, 2);
    assert.match(text, /\*\*medium\*\*: one of/);
    assert.ok(text.includes(`- \`cell-broadcast\`: ${valueDoc("channel", "medium", "cell-broadcast")!.gist}`), text);
    assert.ok(text.includes(`- \`door-to-door\`: ${valueDoc("channel", "medium", "door-to-door")!.gist}`), text);
    assert.match(await hover("two-way", 0, 2), /Values:\n- `yes`: People can ask and answer through it\n- `no`: Messages go one way only/);
  });

  it("names a language written in any form of its code: 639-2 (kir, rus), a script (uz-Cyrl), a region (ru-RU), 639-3 (prs)", async () => {
    assert.equal(await hover("kir"), "**kir**: Kyrgyz");
    assert.equal(await hover("rus"), "**rus**: Russian");
    assert.equal(await hover("uz-Cyrl"), "**uz-Cyrl**: Uzbek (Cyrillic)");
    assert.equal(await hover("ru-RU"), "**ru-RU**: Russian (Russia)");
    assert.equal(await hover("prs"), "**prs**: Dari");
    // A finding on the code (STK003: no consulate for Tajik nationals) comes first, the name last.
    const onTajikistan = await hover("TJ");
    assert.match(onTajikistan, /^\[\*\*STK003\*\*\]\(file:[^)]*\/docs\/rules\/STK003\.md\) \(consulate-per-nationality\) comes from \[MICIC Guidelines 10 and 13\]\(https:\/\/micicinitiative\.iom\.int\/\):\n\n- Guideline 10: facilitate/);
    assert.match(onTajikistan, /\n---\n\n\*\*TJ\*\*: Tajikistan$/);
  });

  it("stays short on a place many findings share: two described, the rest counted", async () => {
    // The plan's header holds a finding for each section it lacks and more.
    const bare = pathToFileURL(path.join(dir, "bare.micic")).href;
    const findings = await client.open(bare, 'plan "Bare" {\n  country: "UZ"\n}\n');
    // On the title, where they stand.
    const onHeader = findings.filter((d) => d.range.start.line === 0 && d.range.start.character <= 7 && d.range.end.character >= 7);
    assert.ok(onHeader.length >= 4, `${onHeader.length} findings on the header`);
    const value = ((await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: bare }, position: { line: 0, character: 7 } })) as Hover).contents as MarkupContent;
    assert.equal(value.value.match(/ comes from /g)?.length, 2);
    assert.match(value.value, new RegExp(`_and ${onHeader.length - 2} more findings here_`));
    assert.ok(value.value.split("\n").length < 30, "a popup a drafter can read");
  });
});
