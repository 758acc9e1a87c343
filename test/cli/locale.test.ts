/**
 * The command line speaks the user's language where people read it (the
 * summary), chosen by --locale or the environment, and keeps what machines
 * read (finding lines, JSON, SARIF) as it is.
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
  it("--locale ru: the summary in Russian, its counts in the right forms; the finding lines as before", async () => {
    const dir = plans();
    const english = await inProcess(["check", "."], dir);
    const russian = await inProcess(["check", ".", "--locale", "ru"], dir);
    assert.equal(russian.code, english.code);
    const lines = (out: string) => out.split("\n").filter((l) => l.includes("паводок.micic:"));
    assert.deepEqual(lines(russian.stdout), lines(english.stdout), "finding lines stay as problem matchers read them");
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

  it("keeps JSON the same whatever the language", async () => {
    const dir = plans();
    const json = (args: string[]) => inProcess(["check", ".", "-f", "json", ...args], dir).then((r) => r.stdout);
    assert.equal(await json(["--locale", "ru"]), await json([]));
  });
});
