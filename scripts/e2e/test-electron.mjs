// `npm run test:vscode`: the same extension-host suite as `npm run test:e2e`,
// in desktop VS Code downloaded by @vscode/test-electron 2.x (into
// .vscode-test/, git-ignored). For a developer's own computer: it needs
// update.code.visualstudio.com, and a display (on a Linux server without one,
// run it under `xvfb-run -a`). This machine and CI use scripts/e2e/run.mjs.
//
//   MICIC_VSCODE_VERSION   VS Code to download: "stable" (default), "insiders" or e.g. "1.100.3"
//   MICIC_VSCODE_EXECUTABLE  use this VS Code (desktop) executable instead of downloading one
//   MICIC_E2E_GREP         run only the tests whose title matches
import { runTests } from "@vscode/test-electron";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildSuite, repoRoot } from "./build-suite.mjs";

const extensionTestsPath = await buildSuite();

// A fresh copy of the fixture workspace (the tests write to it) and a fresh
// profile, so that the developer's own settings and extensions play no part.
const runDir = mkdtempSync(path.join(os.tmpdir(), "micic-vscode-"));
const workspace = path.join(runDir, "workspace");
cpSync(path.join(repoRoot, "test/e2e/fixtures/workspace"), workspace, { recursive: true });
const userData = path.join(runDir, "user-data");
mkdirSync(path.join(userData, "User"), { recursive: true });
writeFileSync(
  path.join(userData, "User/settings.json"),
  JSON.stringify({
    "workbench.startupEditor": "none",
    "telemetry.telemetryLevel": "off",
    "security.workspace.trust.enabled": false,
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "update.mode": "none",
    "git.enabled": false,
  }),
);

let exitCode = 0;
try {
  await runTests({
    version: process.env.MICIC_VSCODE_VERSION || "stable",
    vscodeExecutablePath: process.env.MICIC_VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [
      workspace,
      "--disable-extensions", // other installed extensions; the one under test still loads
      "--disable-workspace-trust",
      "--skip-welcome",
      "--skip-release-notes",
      `--user-data-dir=${userData}`,
      `--extensions-dir=${path.join(runDir, "extensions")}`,
    ],
    extensionTestsEnv: process.env.MICIC_E2E_GREP ? { MICIC_E2E_GREP: process.env.MICIC_E2E_GREP } : undefined,
  });
  console.log("test:vscode: all tests passed");
} catch (error) {
  console.error(`test:vscode: ${error?.message ?? error}`);
  exitCode = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
process.exit(exitCode);
