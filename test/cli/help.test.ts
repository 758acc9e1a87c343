/**
 * `micic-plan --help` in the user's language (issue 17): the same options
 * in every language, descriptions in its words, Uzbek in Cyrillic script
 * derived with the options left as typed.
 */
import assert from "node:assert/strict";
import { inProcess } from "./run";

const help = async (locale: string, command: string[] = []) => {
  const outcome = await inProcess([...command, "--help", "--locale", locale], process.cwd());
  assert.equal(outcome.code, 0);
  return outcome.stdout;
};

/** The options a page names, in order. */
const options = (page: string) => [...page.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]);

describe("--help in the user's language", () => {
  it("names the same options in every language, each option line with its description at the same column", async () => {
    const english = await help("en");
    const named = [...new Set(options(english))];
    assert.ok(named.includes("--fix-type") && named.includes("--locale") && named.length >= 15, named.join(" "));
    for (const locale of ["ru", "uz", "uz-Cyrl"]) {
      const page = await help(locale);
      assert.deepEqual([...new Set(options(page))], named, `${locale}: the options`);
      for (const line of page.split("\n").filter((l) => /^( {2}-\S| {6}--)/.test(l) && / {2,}\S/.test(l.trimStart()))) {
        assert.match(line, /^.{25} {2}\S/u, `${locale}: the description starts at column 27: ${line}`);
      }
    }
  });

  it("speaks Russian, Uzbek and Uzbek in Cyrillic script, from --locale or the environment", async () => {
    assert.match(await help("ru"), /^micic-plan \S+: проверка планов действий в чрезвычайных ситуациях/);
    assert.match(await help("uz"), /Chiqish kodlari:/);
    const cyrillic = await help("uz-Cyrl");
    assert.match(cyrillic, /Чиқиш кодлари:/);
    // oʻ and gʻ mark Uzbek Latin: none is left outside the options' own column.
    const prose = cyrillic.split("\n").map((line) => line.replace(/^( {2}-\S.*?| {6}--\S.*?)( {2,}|$)/, ""));
    assert.deepEqual(prose.filter((line) => /[a-z]ʻ/i.test(line)), [], "Uzbek words are in Cyrillic script");
    assert.match(cyrillic, /тузатишларни/);
    let stdout = "";
    await (await import("../../server/src/cli/main")).main(["--help"], { stdout: { write: (s: string) => (stdout += s), isTTY: false }, stderr: { write: () => undefined }, cwd: process.cwd(), env: { LANG: "ru_RU.UTF-8" } });
    assert.match(stdout, /Использование:/);
  });

  it("gives 'diff --help' in every language, with the same options, each description at the same column", async () => {
    const english = await help("en", ["diff"]);
    const named = [...new Set(options(english))];
    assert.deepEqual(named.slice(0, 3), ["--base", "--format", "--output-file"]);
    for (const locale of ["ru", "uz", "uz-Cyrl"]) {
      const page = await help(locale, ["diff"]);
      assert.deepEqual([...new Set(options(page))], named, `${locale}: the options`);
      for (const line of page.split("\n").filter((l) => /^( {2}-\S| {6}--)/.test(l) && / {2,}\S/.test(l.trimStart()))) {
        assert.match(line, /^.{25} {2}\S/u, `${locale}: the description starts at column 27: ${line}`);
      }
    }
    assert.match(await help("ru", ["diff"]), /Коды завершения: 0 — ничего не добавлено/);
    assert.match(await help("uz-Cyrl", ["diff"]), /Чиқиш кодлари:/);
  });

  it("refuses a language it does not speak, in English, with the ones it does", async () => {
    const outcome = await inProcess(["--help", "--locale", "de"], process.cwd());
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /--locale 'de' is not a language micic-plan speaks: use en, ru, uz, uz-Cyrl/);
  });
});
