/**
 * Entry point of the tests that run inside VS Code's extension host: the
 * `run()` contract of @vscode/test-electron, which code-server's workbench
 * also honours (extensionTestsPath in the URL payload; see test/e2e/README.md).
 *
 * scripts/e2e/build-suite.mjs bundles each *.test.ts next to this file into
 * out/e2e/suite/; they run in file-name order. MICIC_E2E_GREP picks tests.
 * The last line printed, `micic-e2e-result {...}`, gives the runner the counts.
 * When MICIC_E2E_LOG_MARKER is set (scripts/e2e/run.mjs sets it), mocha's
 * lines start with it, so the runner can tell them from the workbench's log.
 */
import * as path from "node:path";
import { readdirSync } from "node:fs";
import { format } from "node:util";
import Mocha from "mocha";
import { WAIT_MS, cleanUp, fixture, open, waitForDiagnostics } from "./helpers";

export const RESULT_PREFIX = "micic-e2e-result ";

export async function run(): Promise<void> {
  const marker = process.env.MICIC_E2E_LOG_MARKER;
  if (marker) {
    const log = console.log;
    Mocha.reporters.Base.consoleLog = (...data: unknown[]) =>
      log(format(...data).split("\n").map((line) => marker + line).join("\n"));
  }
  const mocha = new Mocha({ ui: "bdd", timeout: 30_000, color: false, reporter: "spec" });
  const grep = process.env.MICIC_E2E_GREP;
  if (grep) mocha.grep(grep);
  // When the server cannot start, every test would wait for diagnostics in
  // vain: fail once, at once, and skip the rest.
  mocha.suite.beforeAll("the extension starts its language server, which checks a plan", async function () {
    this.timeout(WAIT_MS + 10_000);
    // What a drafter waits for on opening the first plan: the extension's
    // activation, the server's start and the first check. Printed as a
    // figure for docs/performance.md, never asserted (shared machines).
    const opening = performance.now();
    const document = await open(fixture("plan.micic"));
    await waitForDiagnostics(document.uri, (d) => d.length > 0, "any finding (did the language server start?)");
    console.log(`${marker ?? ""}e2e: first diagnostics ${Math.round(performance.now() - opening)} ms after opening the first plan (activation, server start and first check)`);
    await cleanUp();
  });
  const files = readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
    } catch (error) {
      reject(error);
    }
  });
  console.log(`${RESULT_PREFIX}${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} of ${stats.passes + stats.failures} tests failed`);
  if (stats.passes === 0) throw new Error("no test ran");
}
