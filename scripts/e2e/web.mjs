// The extension in a browser: its `browser` entry point in code-server's
// web-worker extension host, the extension host vscode.dev and github.dev
// run, with the language server in a web worker of its own. Called by
// run.mjs; see test/e2e/README.md and docs/web.md.
//
// How: the user setting `remote.extensionKind` makes the extension a "web"
// extension, which the workbench runs in its web-worker host, from its
// `browser` entry, as vscode.dev does (the payload's
// `extensionDevelopmentKind` is not read by this workbench). The workbench
// is then opened with a payload naming a copy of the extension as the .vsix
// installed it (the folder code-server unpacked) as the development
// extension, and the web suite, copied into that folder, as its
// extensionTestsPath: a test runner inside an extension's folder runs in
// that extension's host. The setting is put back afterwards, for the UI
// check, which uses the same code-server. The exit code comes back
// through window.codeAutomationExit, mocha's lines through codeAutomationLog
// and the page's console (a worker's console reaches it).
//
// Not the same as vscode.dev in one respect: there the extension is
// fetched over https; here it is on code-server's machine (vscode-remote:),
// from where a worker cannot be started by URL, so the client starts the
// server's bundle from a blob (client/src/browser-extension.ts). The
// alternatives were tried: a development extension at an http URL is not
// scanned by this workbench ("No extension host found that can launch the
// test runner"), and @vscode/test-web cannot run offline (see
// /work/shared/notes/vscode-e2e.md and docs/web.md).
import { copyFileSync, cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { format } from "node:util";

const EXTENSION_ID = "micic-plan.micic-plan";
const LOG_MARKER = "[micic-web-e2e] ";
const RESULT_PREFIX = "micic-e2e-result ";

/** Sizes of the browser bundles the extension ships, in KiB (printed, never asserted). */
export function browserBundleSizes(extensionDir) {
  return ["dist/browser/extension.js", "dist/browser/server.js"].map((file) => {
    const full = path.join(extensionDir, file);
    return `${file} ${existsSync(full) ? `${Math.round(statSync(full).size / 1024)} KiB` : "missing"}`;
  });
}

/**
 * Runs the web suite; returns { passed, failed } (a run that reports no
 * counts is one failure). `extensionDir`: the installed extension folder.
 */
export async function runWebSuite({ browser, codeServerBase, userSettingsFile, workspace, extensionDir: installedDir, webDir, webSuiteEntry, logs, say, timeoutMs }) {
  const settings = readFileSync(userSettingsFile, "utf8");
  writeFileSync(userSettingsFile, JSON.stringify({ ...JSON.parse(settings), "remote.extensionKind": { [EXTENSION_ID]: ["web"] } }, null, 2));
  cpSync(installedDir, webDir, { recursive: true });
  const extensionDir = webDir;
  const suiteDir = path.join(extensionDir, "e2e-web-suite");
  mkdirSync(suiteDir, { recursive: true });
  copyFileSync(webSuiteEntry, path.join(suiteDir, "index.js"));
  const remote = (p) => `vscode-remote://${new URL(codeServerBase).host}${p}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const browserLog = createWriteStream(path.join(logs, "browser-web.log"));
  const hostLog = createWriteStream(path.join(logs, "web-extension-host.log"));
  let counts;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const shown = new Set();
  const take = (text) => {
    for (const line of text.split("\n")) {
      const at = line.indexOf(LOG_MARKER);
      if (at < 0) continue;
      const body = line.slice(at + LOG_MARKER.length);
      if (body.startsWith(RESULT_PREFIX)) {
        try {
          counts = JSON.parse(body.slice(RESULT_PREFIX.length).trim());
        } catch {
          /* garbled: counted as a failure below */
        }
        continue;
      }
      // The same line may come by both roads (the log and the console).
      if (shown.has(body)) continue;
      shown.add(body);
      console.log(body);
    }
  };
  page.on("console", (message) => {
    browserLog.write(`[${message.type()}] ${message.text()}\n`);
    take(message.text());
  });
  page.on("pageerror", (error) => browserLog.write(`[pageerror] ${error?.stack ?? error}\n`));
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    hostLog.write(`[${type}] ${text}\n`);
    take(text);
  });
  await page.exposeFunction("codeAutomationExit", (code) => resolveExit(Number(code)));
  const payload = [
    ["extensionDevelopmentPath", remote(extensionDir)],
    ["extensionTestsPath", remote(path.join(suiteDir, "index.js"))],
    ["skipWelcome", "true"],
    ["skipReleaseNotes", "true"],
  ];
  const outcome = { passed: 0, failed: 0 };
  let timer;
  try {
    await page.goto(`${codeServerBase}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 60_000 });
    const code = await Promise.race([
      exited,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs))),
    ]);
    say(`web suite finished with exit code ${code}`);
    if (counts) {
      outcome.passed = counts.passed;
      outcome.failed = counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0);
    } else {
      say("the web suite reported no counts: it did not run (see logs/browser-web.log and logs/web-extension-host.log)");
      outcome.failed = 1;
    }
  } catch (error) {
    say(`web suite: ${error.message}`);
    outcome.passed = counts?.passed ?? 0;
    outcome.failed = Math.max(counts?.failed ?? 0, 1);
  } finally {
    clearTimeout(timer);
    browserLog.end();
    hostLog.end();
    await context.close().catch(() => undefined);
    writeFileSync(userSettingsFile, settings);
  }
  return outcome;
}
