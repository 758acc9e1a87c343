/**
 * The command line speaks the user's language, chosen by --locale or the
 * environment: the findings and the summary; what machines read keeps its
 * shape (a finding line's place, severity and [CODE], JSON's fields).
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../server/src/cli/main";
import { inProcess } from "./run";

/** A folder with a plan that has findings (its name in Cyrillic) and one without. */
function plans(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "micic-locale-"));
  writeFileSync(path.join(dir, "паводок.micic"), 'plan "Паводок в Ташкенте" {\n  hazards: flod\n}\n');
  return dir;
}

async function withEnv(args: string[], cwd: string, env: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: { write: (s: string) => (stdout += s), isTTY: false }, stderr: { write: (s: string) => (stderr += s) }, cwd, env });
  return { code, stdout, stderr };
}

describe("the command line in the user's language", () => {
  it("--locale ru: the findings and the summary in Russian, counts in the right forms; each finding line where it was, as problem matchers read it", async () => {
    const dir = plans();
    const english = await inProcess(["check", "."], dir);
    const russian = await inProcess(["check", ".", "--locale", "ru"], dir);
    assert.equal(russian.code, english.code);
    const lines = (out: string) => out.split("\n").filter((l) => l.includes("паводок.micic:"));
    // file:line:col severity … [CODE]: the place, severity and code as before, the words in Russian.
    const shape = (line: string) => line.replace(/^(\S+:\d+:\d+ \w+) .* (\[[A-Z]+\d+\])$/, "$1 $2");
    assert.deepEqual(lines(russian.stdout).map(shape), lines(english.stdout).map(shape));
    // (The parser's and the engine's own messages, SYN001 and LIM001, are still English: test/unit/rule-messages.test.ts.)
    const translated = lines(russian.stdout).filter((l) => !/\[(SYN001|LIM001)\]$/.test(l));
    assert.ok(translated.length > 0 && translated.every((l) => /[а-яё]{4}/i.test(l.replace(/^\S+/, ""))), translated.join("\n"));
    const summary = russian.stdout.trim().split("\n").pop()!;
    assert.match(summary, /^✖ \d+ замечани(е|я|й) \(\d+ ошиб(ка|ки|ок), \d+ предупреждени(е|я|й), \d+ информационн(ое|ых|ого)\) в 1 файле из 1 проверенного$/);
    assert.match(english.stdout.trim().split("\n").pop()!, /^✖ \d+ problems? \(.*\) in 1 file of 1 file$/);
  });

  it("--locale uz and uz-Cyrl", async () => {
    const dir = plans();
    assert.match((await inProcess(["check", ".", "--locale", "uz"], dir)).stdout, /ta eslatma \(\d+ ta xato, .*\): 1 ta fayldan 1 tasida\n$/);
    assert.match((await inProcess(["check", ".", "--locale", "uz-Cyrl"], dir)).stdout, /та эслатма \(\d+ та хато, .*\): 1 та файлдан 1 тасида\n$/);
  });

  it("takes the language from LC_ALL, LC_MESSAGES or LANG when --locale is not given", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "micic-locale-"));
    writeFileSync(path.join(dir, "plan.micic"), 'plan "План" {\n}\n');
    const clean = (env: Record<string, string>) => withEnv(["check", "."], dir, env).then((r) => r.stdout.trim().split("\n").pop());
    assert.match((await clean({ LANG: "ru_RU.UTF-8" }))!, /^(✔ замечаний нет, проверено 1 файл|✖ .* из 1 проверенного)$/);
    assert.match((await clean({ LANG: "ru_RU.UTF-8", LC_ALL: "C" }))!, /^(✔ no problems in 1 file|✖ .* of 1 file)$/);
    assert.match((await clean({ LC_MESSAGES: "uz_UZ.UTF-8" }))!, /(tekshirildi|tasida)/);
  });

  it("refuses a language it does not speak, saying which it does", async () => {
    const outcome = await inProcess(["check", ".", "--locale", "fr"], plans());
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stderr, "micic-plan: --locale 'fr' is not a language micic-plan speaks: use en, ru, uz, uz-Cyrl\n");
  });

  it("report --locale uz-Cyrl, and report in the environment's language", async () => {
    const dir = plans();
    const cyrillic = await inProcess(["report", "паводок.micic", "--locale", "uz-Cyrl"], dir);
    assert.equal(cyrillic.code, 0, cyrillic.stderr);
    assert.match(cyrillic.stdout, /^# Паводок в Ташкенте\n\n`паводок\.micic` файли бўйича текширувчи учун ҳисобот, micic-plan билан \d{4}-\d\d-\d\d санасида текширилган\./);
    assert.match(cyrillic.stdout, /\n## Қамров\n/);
    const russian = await withEnv(["report", "паводок.micic"], dir, { LANG: "ru_RU.UTF-8" });
    assert.match(russian.stdout, /\n## Охват\n/);
  });

  it("keeps JSON's shape whatever the language: the same findings, codes and places; the messages and fix titles in it", async () => {
    const dir = plans();
    const json = async (args: string[]) => JSON.parse((await inProcess(["check", ".", "-f", "json", ...args], dir)).stdout) as unknown;
    const russian = await json(["--locale", "ru"]);
    const english = await json([]);
    // The words apart, the two logs are one.
    const withoutWords = (log: unknown) => JSON.parse(JSON.stringify(log, (key, value) => (key === "message" || key === "title" ? "…" : value)));
    assert.deepEqual(withoutWords(russian), withoutWords(english));
    assert.match(JSON.stringify(russian), /[а-яё]{4}/i);
  });
});
