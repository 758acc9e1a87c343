/**
 * The tests that run inside VS Code's web-worker extension host, where
 * vscode.dev and github.dev run the extension: its `browser` entry point,
 * the language server in a web worker of its own, no Node anywhere.
 * scripts/e2e/web.mjs opens code-server's workbench with this extension as
 * a development extension of kind "web" (the payload's
 * extensionDevelopmentKind), served over http as vscode.dev serves
 * extensions, and this file (out/e2e/web-suite/index.js) as its
 * extensionTestsPath: the workbench runs it in the same worker.
 *
 * The bundle is one CommonJS file (the worker's loader provides `vscode`
 * and nothing else): mocha's browser build and the tests. The last line
 * printed, `micic-e2e-result {...}`, gives the runner the counts; every
 * line mocha prints starts with the marker the runner looks for.
 */
import "mocha/mocha.js";
import * as vscode from "vscode";
import { registerWebTests } from "./web.test";

const RESULT_PREFIX = "micic-e2e-result ";
/** The runner tells mocha's lines from the workbench's by it (scripts/e2e/web.mjs). */
const LOG_MARKER = "[micic-web-e2e] ";

interface BrowserMocha {
  setup(options: { ui: string; reporter: unknown; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
  suite: { beforeAll(title: string, fn: () => Promise<void>): void };
}

export async function run(): Promise<void> {
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  const log = console.log.bind(console);
  const say = (...lines: unknown[]) => log(lines.map(String).join(" ").split("\n").map((line) => LOG_MARKER + line).join("\n"));
  // A reporter of its own: mocha's spec reporter writes to process.stdout, which a worker has not.
  class LineReporter {
    constructor(runner: { on(event: string, fn: (...args: never[]) => void): void }) {
      runner.on("suite", (suite: { title: string }) => suite.title && say(`  ${suite.title}`));
      runner.on("pass", (test: { title: string; duration?: number }) => say(`    ✔ ${test.title} (${test.duration ?? 0} ms)`));
      runner.on("fail", (test: { title: string }, error: Error) => say(`    ✘ ${test.title}: ${error?.message ?? error}`));
    }
  }
  mocha.setup({ ui: "bdd", reporter: LineReporter, timeout: 30_000, color: false });
  say(`web extension host: vscode ${vscode.version}, ${typeof (globalThis as { importScripts?: unknown }).importScripts === "function" ? "a web worker" : "not a web worker"}`);
  registerWebTests(say);
  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
  });
  log(`${LOG_MARKER}${RESULT_PREFIX}${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} of ${stats.passes + stats.failures} web tests failed`);
  if (stats.passes === 0) throw new Error("no web test ran");
}
