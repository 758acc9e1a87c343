/**
 * The server keeps up with typing, through a real client: changes sent back
 * to back are checked once, at their last version; requests sent among them
 * are answered from the text as it is then, before any check; settings,
 * saves and closing still lead to the right diagnostics. Nothing here is
 * timed: counts and versions, never milliseconds (speed is bench/lsp.ts's).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { HoverRequest, type Diagnostic, type Hover, type MarkupContent, type TextDocumentContentChangeEvent } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { crossProductPlan } from "../../bench/shapes";
import { DEFAULT_MAX_FINDINGS, MAX_MESSAGE_LENGTH, MAX_RELATED } from "../../server/src/core/finding";
import { TestClient } from "../helpers/lsp-client";
import { repoRoot } from "../helpers/plan";

const sample = readFileSync(path.join(repoRoot, "samples", "tashkent-flood.micic"), "utf8");

/** A plan where a stakeholder's contact shows in the hover of a reference to it. */
const PLAN = `plan "Typing" {
  lead: mes
  stakeholder mes "Ministry" { kind: government  contact: "+998 71 000 0000" }
  population workers "Workers" { size: 1200  nationalities: KG  languages: ky }
  evacuation { lead: mes  covers: workers }
}
`;

/** Diagnostics with the document's own address taken out, to compare two documents' diagnostics. */
const comparable = (uri: string, diagnostics: Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics).replaceAll(JSON.stringify(uri).slice(1, -1), "URI"));

describe("language server: keeping up with typing", function () {
  this.timeout(60_000);
  let client: TestClient;
  let n = 0;
  const uri = () => `file:///typing/plan${++n}.micic`;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize(null);
  });
  afterEach(async () => client?.stop());

  it("sends at most the limit of findings for a plan with thousands of them, each bounded, and keeps serving", async () => {
    // The shape that crashed the server (RangeError: Invalid string length
    // in JSON.stringify), at 40,000 lines: every population meets
    // every pathway, and thousands of findings.
    const u = uri();
    const diagnostics = await client.open(u, crossProductPlan(40_000));
    assert.equal(diagnostics.length, DEFAULT_MAX_FINDINGS + 1);
    assert.equal(diagnostics.filter((d) => d.code === "LIM001").length, 1);
    assert.ok(diagnostics.every((d) => d.message.length <= MAX_MESSAGE_LENGTH && (d.relatedInformation?.length ?? 0) <= MAX_RELATED));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line: 1, character: 2 } });
    assert.ok(hover, "the server still answers");
  });

  // The bursts reach the server while it is stopped (SIGSTOP), which Windows does not have.
  const posix = process.platform !== "win32";

  (posix ? it : it.skip)("checks 200 changes that reach it together once, at the last version, with the diagnostics of a fresh open", async () => {
    const u = uri();
    await client.open(u, sample);
    const opened = client.publishes(u).length;
    // One character at a time into the plan's title, as typing does.
    const title = TextDocument.create(u, "micic-plan", 1, sample).positionAt(sample.indexOf('plan "') + 6);
    let last = 0;
    await client.whileServerStopped(async () => {
      last = client.writeChanges(u, Array.from({ length: 200 }, () => [{ range: { start: title, end: title }, text: "x" }]));
    });
    const final = await client.nextDiagnostics(u, last);
    assert.deepEqual(client.publishes(u).slice(opened).map((p) => p.version), [last], "one publish, of the last version");
    // Right for the final text: as a fresh open of that text.
    const finalText = sample.replace('plan "', `plan "${"x".repeat(200)}`);
    const fresh = uri();
    assert.deepEqual(comparable(u, final.diagnostics), comparable(fresh, await client.open(fresh, finalText)));
  });

  (posix ? it : it.skip)("answers a hover sent in the middle of a burst before any check, from the text as it is then", async () => {
    const u = uri();
    await client.open(u, PLAN);
    const opened = client.publishes(u).length;
    const contact = TextDocument.create(u, "micic-plan", 1, PLAN).positionAt(PLAN.indexOf('"+998') + 1);
    const reference = TextDocument.create(u, "micic-plan", 1, PLAN).positionAt(PLAN.indexOf("lead: mes  covers") + 7);
    const typed = Array.from({ length: 100 }, () => [{ range: { start: contact, end: contact }, text: "7" }]);
    let last = 0;
    let hover: Promise<{ value: string; publishedBefore: number }> | undefined;
    await client.whileServerStopped(async () => {
      client.writeChanges(u, typed);
      hover = client.connection
        .sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: reference })
        .then((answer) => ({ value: ((answer as Hover).contents as MarkupContent).value, publishedBefore: client.publishes(u).length - opened }));
      // Written once this change is: the connection writes in order.
      await client.sendChange(u, typed[0]).written;
      last = client.writeChanges(u, typed.slice(1));
    });
    const answered = await hover!;
    // After the 100 changes sent before it, and none of those after it.
    assert.match(answered.value, new RegExp(`Contact: 7{100}\\+998 71 000 0000`));
    // Checking each change before answering would have published a hundred times first.
    assert.equal(answered.publishedBefore, 0, "publishes before the hover's answer");
    const final = await client.nextDiagnostics(u, last);
    assert.equal(final.version, last);
    assert.deepEqual(client.publishes(u).slice(opened).map((p) => p.version), [last], "one publish, of the last version");
  });

  it("follows any series of incremental changes, several to a notification, to the diagnostics of a fresh open of the final text", async () => {
    const pieces = ["x", "", " ", "\n", "\r\n", ":", ",", "{", "}", '"', "# note", "kind: goverment", "languages: xx", "size: 12", "stakeholder s \"S\" { kind: government }\n"];
    const change = fc.record({ at: fc.nat({ max: 100_000 }), length: fc.nat({ max: 8 }), text: fc.constantFrom(...pieces), near: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }), async (notifications) => {
        const u = uri();
        await client.open(u, sample);
        // The client's copy of the text, changed as the server's must be.
        const mirror = TextDocument.create(u, "micic-plan", 1, sample);
        let place = sample.length / 2;
        let last = 0;
        for (const changes of notifications) {
          const events: TextDocumentContentChangeEvent[] = [];
          for (const c of changes) {
            // Mostly near the last change, as typing goes; now and then anywhere.
            const text = mirror.getText();
            place = c.near ? Math.min(text.length, Math.max(0, place + (c.at % 17) - 8)) : c.at % (text.length + 1);
            const event = { range: { start: mirror.positionAt(place), end: mirror.positionAt(place + c.length) }, text: c.text };
            TextDocument.update(mirror, [event], mirror.version);
            events.push(event);
          }
          const change = client.sendChange(u, events);
          await change.written;
          last = change.version;
        }
        const final = await client.nextDiagnostics(u, last);
        const fresh = uri();
        assert.deepEqual(comparable(u, final.diagnostics), comparable(fresh, await client.open(fresh, mirror.getText())));
      }),
      { numRuns: 25 },
    );
    assert.equal(client.stderr, "");
  });

  it("re-checks open documents when the settings change", async () => {
    const u = uri();
    const before = await client.open(u, PLAN);
    assert.ok(before.some((d) => d.code === "EVAC001"));
    const next = client.nextDiagnostics(u);
    await client.changeSettings({ rules: { EVAC001: "off" } });
    assert.ok(!(await next).diagnostics.some((d) => d.code === "EVAC001"));
  });

  it("with micic.run: onSave, checks at a save and not while typing", async () => {
    client.settings = { run: "onSave" };
    const u = uri();
    await client.open(u, PLAN);
    const opened = client.publishes(u).length;
    const at = TextDocument.create(u, "micic-plan", 1, PLAN).positionAt(PLAN.indexOf("kind: government") + 6);
    const version = await client.changeQuietly(u, [{ range: { start: at, end: { ...at, character: at.character + 10 } }, text: "goverment" }]);
    // Another document opened after the change: had the change been checked,
    // its diagnostics would have come before the other document's.
    await client.open(uri(), PLAN);
    assert.equal(client.publishes(u).length, opened, "nothing published while typing");
    const saved = client.nextDiagnostics(u, version);
    await client.save(u);
    assert.ok((await saved).diagnostics.some((d) => d.code === "SCH002" && d.message.includes("goverment")));
  });

  it("clears a document's diagnostics when it is closed", async () => {
    const u = uri();
    assert.ok((await client.open(u, PLAN)).length > 0);
    const cleared = client.nextDiagnostics(u);
    await client.close(u);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
