/**
 * What package.json contributes to VS Code beyond the grammar (see
 * grammar.test.ts): the task's problem matcher, and the words of its
 * commands, settings and walkthrough in English, Russian and Uzbek.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../helpers/plan";

interface ProblemMatcher {
  name: string;
  owner: string;
  source?: string;
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { contributes: { problemMatchers: ProblemMatcher[] } };

describe("package.json contributions", () => {
  const [matcher] = manifest.contributes.problemMatchers;

  it("the task's problem matcher reports under an owner of its own, not the language server's", () => {
    // Under the same owner, VS Code let the task's findings replace the live
    // ones: a plan's list went from 44 to 38 and unsaved documents lost theirs.
    const client = readFileSync(path.join(repoRoot, "client", "src", "extension.ts"), "utf8");
    const collection = /export const SERVER_SOURCE = "([^"]+)"/.exec(client)?.[1];
    assert.ok(collection, "client/src/extension.ts names its diagnostic collection SERVER_SOURCE");
    assert.match(client, /diagnosticCollectionName: SERVER_SOURCE/);
    assert.equal(matcher.name, "micic-plan");
    assert.notEqual(matcher.owner, collection);
  });

  it("the task's problem matcher reads every finding the command line prints for the task, in Cyrillic too", () => {
    // The task runs `check <paths> --no-color` (client/src/tasks.ts).
    let output: string;
    try {
      output = execFileSync(process.execPath, [path.join(repoRoot, "dist", "cli.js"), "check", "samples", "--no-color"], { cwd: repoRoot, encoding: "utf8" });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // exit 1: there are findings
    }
    const pattern = new RegExp(matcher.pattern.regexp);
    const findings = output.split("\n").filter((line) => /\[[A-Z]{3,4}\d{3}\]$/.test(line));
    assert.ok(findings.length > 20, `the samples have findings:\n${output.slice(0, 500)}`);
    for (const line of findings) {
      const match = pattern.exec(line);
      assert.ok(match, line);
      assert.ok(/\.(micic|md)$/.test(match[matcher.pattern.file]) && Number(match[matcher.pattern.line]) > 0, line);
      assert.match(match[matcher.pattern.severity], /^(error|warning|info)$/);
    }
    assert.ok(findings.some((line) => pattern.exec(line)?.[matcher.pattern.message].includes("кыргызские_рабочие")), "a Cyrillic name in a message");
  });
});

describe("package.json's words in the user's language (package.nls.*.json)", () => {
  const text = readFileSync(path.join(repoRoot, "package.json"), "utf8");
  const bundle = (name: string) => JSON.parse(readFileSync(path.join(repoRoot, name), "utf8")) as Record<string, string>;
  const english = bundle("package.nls.json");

  it("takes every title and description from the bundle, and the bundle holds nothing unused", () => {
    const used = [...text.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length >= 25, "the commands, settings and walkthrough are localized");
    assert.deepEqual(used.filter((key) => !(key in english)), [], "keys without an English text");
    assert.deepEqual(Object.keys(english).filter((key) => !used.includes(key)), [], "texts nothing uses");
    // A contributed title or description left in English in package.json itself.
    const manifest = JSON.parse(text) as { contributes: { commands: { title: string }[] } };
    for (const command of manifest.contributes.commands) assert.match(command.title, /^%[\w.]+%$/);
  });

  for (const [locale, script] of [["ru", /[а-яё]{3}/i], ["uz", /[a-zʻ]{3}/]] as const) {
    it(`${locale}: every text translated, links and commands kept, no English left${locale === "ru" ? "" : ", Latin script with ʻ"}`, () => {
      const translated = bundle(`package.nls.${locale}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const [key, value] of Object.entries(translated)) {
        assert.match(value, script, key);
        assert.deepEqual(value.match(/\(command:[\w.]+\)/g), english[key].match(/\(command:[\w.]+\)/g), `${key}: the same command links`);
        assert.deepEqual(value.match(/`[^`]+`/g), english[key].match(/`[^`]+`/g), `${key}: the plan's words in backticks kept`);
        if (locale === "ru") {
          const words = value.replace(/oʻzbekcha|```micic|`[^`]*`|\(command:[^)]*\)|\.micic\b/g, " ").match(/\b(?!MICIC\b|VS\b|Code\b|Plan\b|Markdown\b|English\b|Ctrl\b|Cmd\b|Mac\b|glob\b)[A-Za-z]{2,}\b/g);
          assert.equal(words, null, `${key}: English left: ${words?.join(", ")}`);
        } else {
          assert.doesNotMatch(value, /['‘’]/, `${key}: oʻ and gʻ are written with ʻ (U+02BB)`);
        }
      }
    });
  }
});

describe("the extension's own messages in the user's language (l10n/bundle.l10n.*.json)", () => {
  // Every string the client shows goes through vscode.l10n.t, keyed by its English text.
  const sources = ["commands.ts", "extension.ts", "report.ts", "status.ts", "suggestions.ts"].map((f) => readFileSync(path.join(repoRoot, "client", "src", f), "utf8")).join("\n");
  const messages = [...sources.matchAll(/vscode\.l10n\.t\(\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]) as string);
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { l10n?: string };

  it("are found by VS Code (package.json's l10n) and none is shown without going through it", () => {
    assert.equal(manifest.l10n, "./l10n");
    assert.ok(messages.length >= 12, `${messages.length} messages`);
    const shown = [...sources.matchAll(/show(?:Information|Error|Warning)Message\(\s*["`]/g)];
    assert.deepEqual(shown.map((m) => m[0]), [], "a message shown as a literal");
  });

  for (const locale of ["ru", "uz"]) {
    it(`${locale}: every message translated, with its placeholders`, () => {
      const bundle = JSON.parse(readFileSync(path.join(repoRoot, "l10n", `bundle.l10n.${locale}.json`), "utf8")) as Record<string, string>;
      assert.deepEqual(messages.filter((m) => !(m in bundle)), [], "messages without a translation");
      assert.deepEqual(Object.keys(bundle).filter((k) => !messages.includes(k)), [], "translations of nothing");
      for (const message of messages) {
        assert.deepEqual(bundle[message].match(/\{\d\}/g)?.sort() ?? null, message.match(/\{\d\}/g)?.sort() ?? null, message);
        assert.notEqual(bundle[message], message);
      }
    });
  }
});
