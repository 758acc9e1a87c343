// `npm run test:e2e`: the extension inside a real VS Code, offline.
//
// VS Code desktop cannot be downloaded here, so this runs code-server
// (VS Code 1.100.3's server and web workbench, from npm, installed into a
// cache by scripts/e2e/setup.sh) and drives it with Debian's Chromium through
// playwright-core:
//   1. the mocha suite (test/e2e/suite) in the extension host, started through
//      the workbench URL's `payload` (extensionDevelopmentPath = this repo,
//      extensionTestsPath = out/e2e/suite/index.js), exactly the contract
//      @vscode/test-electron uses; the exit code comes back through
//      window.codeAutomationExit and the console through codeAutomationLog;
//   2. the web suite (test/e2e/web-suite, scripts/e2e/web.mjs): the same
//      extension, as the .vsix installed it, in the web-worker extension host
//      that vscode.dev and github.dev use (its `browser` entry, the language
//      server in a web worker): diagnostics, hover, a quick-fix, the
//      configuration read through the editor's file system;
//   3. one UI check: the extension installed as a user would (the .vsix
//      built by npm run package, installed with --install-extension), a flawed sample
//      opened, squiggles, the status bar count and the Problems panel awaited,
//      and a screenshot saved to out/e2e/vscode-problems.png (the README's
//      picture is made with MICIC_E2E_SCREENSHOT=docs/images/vscode-problems.png).
// Each run is isolated (its own HOME, XDG dirs, TMPDIR, user-data-dir,
// extensions-dir, browser contexts and loopback port); code-server runs in a
// process group of its own that is always stopped. Last line:
// `e2e: N passed, M failed`. See test/e2e/README.md.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { format } from "node:util";
import { buildSuite, repoRoot } from "./build-suite.mjs";
import { buildWebSuite } from "./build-web-suite.mjs";
import { browserBundleSizes, runWebSuite } from "./web.mjs";
import { checkReportsRender } from "./report-render.mjs";

const CS_VERSION = "4.100.3";
const cacheDir = process.env.MICIC_E2E_CACHE || "/var/cache/micic-plan-e2e";
const codeServer = path.join(cacheDir, `code-server-${CS_VERSION}`, "node_modules/.bin/code-server");
const chromiumPath = process.env.MICIC_E2E_CHROMIUM || "/usr/bin/chromium";
const screenshotPath = path.resolve(repoRoot, process.env.MICIC_E2E_SCREENSHOT || "out/e2e/vscode-problems.png");
const quickFixScreenshotPath = path.resolve(repoRoot, process.env.MICIC_E2E_SCREENSHOT_QUICKFIX || "out/e2e/vscode-quick-fix.png");
const russianScreenshotPath = path.resolve(repoRoot, process.env.MICIC_E2E_SCREENSHOT_RU || "out/e2e/vscode-russian.png");
const extensionPath = path.resolve(process.env.MICIC_E2E_EXTENSION_PATH || repoRoot);
const UI_SAMPLE = "tripoli-conflict.micic";
const RESULT_PREFIX = "micic-e2e-result ";
const LOG_MARKER = "[micic-e2e] ";

// Hard limits: nothing may hang the run.
const LIMITS = {
  total: Number(process.env.MICIC_E2E_TIMEOUT_MS || 300_000),
  healthz: 30_000,
  suite: 180_000,
  web: 120_000,
  ui: 120_000,
  stop: 5_000,
};

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`e2e: ${message} (${elapsed()})`);

let codeServerPgid = 0;
let browser;
let runDir;
const result = { passed: 0, failed: 0 };

/** Kills code-server's whole process group (server, extension hosts, language servers): TERM, then KILL. */
async function stopCodeServer() {
  const pgid = codeServerPgid;
  if (!pgid) return;
  codeServerPgid = 0;
  const alive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pgid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + LIMITS.stop;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
}

async function cleanUp() {
  if (browser) {
    const b = browser;
    browser = undefined;
    await withTimeout(b.close(), LIMITS.stop, "closing Chromium").catch(() => undefined);
  }
  await stopCodeServer();
}

// Last resort: whatever happens to this process, the group goes with it.
process.on("exit", () => {
  if (codeServerPgid) {
    try {
      process.kill(-codeServerPgid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.log(`e2e: interrupted by ${signal}${runDir ? `; logs kept in ${path.join(runDir, "logs")}` : ""}`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// --- prerequisites ----------------------------------------------------------------

function checkPrerequisites() {
  const missing = [];
  if (!existsSync(codeServer)) missing.push(`code-server ${CS_VERSION} (${codeServer})`);
  if (!existsSync(chromiumPath)) missing.push(`Chromium (${chromiumPath})`);
  if (missing.length === 0) return;
  if (process.getuid?.() === 0) {
    say(`missing ${missing.join(" and ")}: running scripts/e2e/setup.sh`);
    const setup = spawnSync("bash", [path.join(repoRoot, "scripts/e2e/setup.sh")], { stdio: "inherit", env: process.env });
    if (setup.status === 0 && existsSync(codeServer) && existsSync(chromiumPath)) return;
    console.log("e2e: scripts/e2e/setup.sh failed; see above");
  } else {
    const cacheEnv = process.env.MICIC_E2E_CACHE ? `MICIC_E2E_CACHE=${process.env.MICIC_E2E_CACHE} ` : "";
    console.log(`e2e: missing ${missing.join(" and ")}: run 'sudo ${cacheEnv}bash scripts/e2e/setup.sh' once (it needs root for apt-get), then npm run test:e2e again`);
  }
  process.exit(2);
}

function checkBuilt() {
  const pkg = JSON.parse(readFileSync(path.join(extensionPath, "package.json"), "utf8"));
  const main = path.resolve(extensionPath, pkg.main || "");
  const missing = [main, path.join(extensionPath, "dist/server.js")].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.log(`e2e: the extension is not built (missing ${missing.map((f) => path.relative(repoRoot, f)).join(", ")}): run npm run build first`);
    process.exit(2);
  }
  return pkg;
}

// --- the isolated run directory -----------------------------------------------------

const USER_SETTINGS = {
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "chat.commandCenter.enabled": false,
  "git.enabled": false,
  "window.commandCenter": true,
  "editor.minimap.enabled": false,
};

function makeRunDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "micic-e2e-"));
  const d = (name) => {
    const p = path.join(dir, name);
    mkdirSync(p, { recursive: true, mode: 0o700 });
    return p;
  };
  const layout = {
    dir,
    home: d("home"),
    xdgData: d("xdg/data"),
    xdgConfig: d("xdg/config"),
    xdgCache: d("xdg/cache"),
    xdgState: d("xdg/state"),
    xdgRuntime: d("xdg/runtime"),
    tmp: d("tmp"),
    userData: d("user-data"),
    extensions: d("extensions"),
    logs: d("logs"),
    // The fixture workspace is copied: tests write to it (scratch copies, .micicrc.json).
    workspace: path.join(dir, "workspace"),
    // The web suite's own copy: it writes configuration and ignore files.
    webWorkspace: path.join(dir, "web-workspace"),
    // The UI check opens a copy of the samples.
    samples: path.join(dir, "samples"),
  };
  mkdirSync(path.join(layout.userData, "User"), { recursive: true });
  writeFileSync(path.join(layout.userData, "User/settings.json"), JSON.stringify(USER_SETTINGS, null, 2));
  cpSync(path.join(repoRoot, "test/e2e/fixtures/workspace"), layout.workspace, { recursive: true });
  cpSync(path.join(repoRoot, "test/e2e/fixtures/workspace"), layout.webWorkspace, { recursive: true });
  cpSync(path.join(repoRoot, "samples"), layout.samples, { recursive: true });
  return layout;
}

/** The environment of code-server and Chromium: everything they write stays in the run directory. */
function isolatedEnv(layout) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Not a VS Code terminal's hooks, Electron flags, npm's settings or Node options.
    if (/^(VSCODE_|ELECTRON_|npm_|NODE_OPTIONS$|INIT_CWD$)/.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: layout.home,
    XDG_DATA_HOME: layout.xdgData,
    XDG_CONFIG_HOME: layout.xdgConfig,
    XDG_CACHE_HOME: layout.xdgCache,
    XDG_STATE_HOME: layout.xdgState,
    XDG_RUNTIME_DIR: layout.xdgRuntime,
    TMPDIR: layout.tmp,
    // code-server passes its environment on to the extension host: see mochaLines().
    MICIC_E2E_LOG_MARKER: LOG_MARKER,
  };
}

/**
 * Installs the extension as a drafter does: `npm run package` builds the
 * .vsix, and code-server's own `--install-extension` installs it into the
 * run's extensions folder. Packaging makes the minified production build,
 * so the development build is put back afterwards.
 */
function installExtensionPackage(layout, env) {
  const vsix = path.join(layout.dir, "micic-plan.vsix");
  const packaged = spawnSync("npm", ["run", "package", "--", "--out", vsix], { cwd: repoRoot, encoding: "utf8" });
  spawnSync(process.execPath, [path.join(repoRoot, "scripts", "build.mjs")], { cwd: repoRoot });
  if (packaged.status !== 0) throw new Error(`npm run package failed: ${(packaged.stderr || packaged.stdout).trim().split("\n").pop()}`);
  const installed = spawnSync(
    codeServer,
    ["--user-data-dir", layout.userData, "--extensions-dir", layout.extensions, "--install-extension", vsix],
    { env, encoding: "utf8", timeout: 60_000 },
  );
  if (installed.status !== 0 || !/successfully installed/.test(installed.stdout)) {
    throw new Error(`code-server --install-extension failed: ${(installed.stderr || installed.stdout).trim()}`);
  }
  const folder = readdirSync(layout.extensions).find((name) => name.startsWith("micic-plan.micic-plan-"));
  if (!folder) throw new Error(`code-server --install-extension left no micic-plan folder in ${layout.extensions}`);
  return { vsix, installedDir: path.join(layout.extensions, folder) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// --- code-server -----------------------------------------------------------------------

async function startCodeServer(layout, env, extraArgs = []) {
  const port = await freePort();
  const config = path.join(layout.dir, "code-server.yaml");
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = createWriteStream(path.join(layout.logs, "code-server.log"));
  await new Promise((r) => log.on("open", r));
  const args = [
    "--config", config,
    "--user-data-dir", layout.userData,
    "--extensions-dir", layout.extensions,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    ...extraArgs,
  ];
  // detached: setsid(), so code-server leads a new process group that
  // holds everything it starts, and `kill -PGID` stops all of it.
  const child = spawn(codeServer, args, { cwd: layout.dir, env, detached: true, stdio: ["ignore", log, log] });
  codeServerPgid = child.pid;
  let exited = null;
  child.on("exit", (code, signal) => {
    exited = `code-server exited (${signal ?? code})`;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + LIMITS.healthz;
  for (;;) {
    if (exited) throw new Error(`${exited} before it was ready; see ${path.join(layout.logs, "code-server.log")}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${base}/healthz within ${LIMITS.healthz / 1000} s`);
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return base;
}

// --- Chromium --------------------------------------------------------------------------

async function launchBrowser(env) {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env,
    timeout: 30_000,
    // This script's own handlers close the browser, then stop code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ],
  });
}

/** Browser console lines go to a log file only: the workbench's own noise (404s, open-vsx) must not fail a test. */
function logBrowserConsole(page, file) {
  const out = createWriteStream(file, { flags: "a" });
  page.on("console", (m) => out.write(`[${m.type()}] ${m.text()}\n`));
  page.on("pageerror", (e) => out.write(`[pageerror] ${e?.stack ?? e}\n`));
  page.on("close", () => out.end());
}

// --- 1. the mocha suite in the extension host ------------------------------------------

async function runSuite(base, layout, suiteEntry) {
  const authority = new URL(base).host; // code-server's remote authority is the page's host:port
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  logBrowserConsole(page, path.join(layout.logs, "browser-suite.log"));
  const extHostLog = createWriteStream(path.join(layout.logs, "extension-host.log"));
  let counts;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  // The workbench's log (including the extension host's console, where mocha
  // writes) arrives here; mocha's lines are printed, the rest is logged.
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    extHostLog.write(`[${type}] ${text}\n`);
    for (const line of text.split("\n")) {
      const at = line.indexOf(RESULT_PREFIX);
      if (at >= 0) {
        try {
          counts = JSON.parse(line.slice(at + RESULT_PREFIX.length).trim());
        } catch {
          /* a garbled line: counted as a failure below */
        }
      }
    }
    const shown = mochaLines(text);
    if (shown) console.log(shown);
  });
  await page.exposeFunction("codeAutomationExit", (code) => resolveExit(Number(code)));
  const payload = [
    ["extensionDevelopmentPath", remote(extensionPath)],
    ["extensionTestsPath", remote(suiteEntry)],
    ["skipWelcome", "true"],
    ["skipReleaseNotes", "true"],
  ];
  const url = `${base}/?folder=${encodeURIComponent(layout.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  try {
    await page.goto(url, { timeout: 60_000 });
    const code = await withTimeout(exited, LIMITS.suite, "the extension-host suite");
    say(`extension-host suite finished with exit code ${code}`);
    if (counts) {
      result.passed += counts.passed;
      result.failed += counts.failed;
      if (code !== 0 && counts.failed === 0) result.failed += 1; // run() failed outside a test
    } else {
      say("the suite reported no counts: it did not run (see logs/extension-host.log)");
      result.failed += 1;
    }
  } catch (error) {
    say(`extension-host suite: ${error.message}`);
    if (counts) {
      result.passed += counts.passed;
      result.failed += Math.max(counts.failed, 1);
    } else result.failed += 1;
  } finally {
    extHostLog.end();
    await withTimeout(context.close(), LIMITS.stop, "closing the suite's page").catch(() => undefined);
  }
}

/**
 * The extension host's console reaches the workbench log as plain lines,
 * among the workbench's own; mocha's start with LOG_MARKER (the suite adds
 * it when MICIC_E2E_LOG_MARKER is set in the extension host's environment).
 */
function mochaLines(text) {
  return text
    .split("\n")
    .filter((line) => line.startsWith(LOG_MARKER))
    .map((line) => line.slice(LOG_MARKER.length))
    .join("\n");
}

// --- 2. the UI check --------------------------------------------------------------------

async function uiCheck(base, layout) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(45_000);
  logBrowserConsole(page, path.join(layout.logs, "browser-ui.log"));
  const step = (what) => say(`ui: ${what}`);
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(layout.samples)}`);
    await page.waitForSelector(".monaco-workbench");
    step("workbench loaded");
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${UI_SAMPLE}"]`);
    await row.waitFor();
    await row.click();
    await page.waitForSelector(`.tabs-container .tab[aria-label*="${UI_SAMPLE}"]`);
    step(`${UI_SAMPLE} opened`);
    await page.waitForSelector(".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning");
    step("squiggles shown");
    const problems = page.locator('[id="status.problems"]');
    await page.waitForFunction(() => /Errors: [1-9]/.test(document.querySelector('[id="status.problems"]')?.getAttribute("aria-label") ?? ""));
    const label = await problems.getAttribute("aria-label");
    step(`status bar: ${label}`);
    await page.keyboard.press("Control+Shift+M");
    const evac001 = page.locator(".markers-panel .monaco-list-row", { hasText: /EVAC001/ }).first();
    await evac001.waitFor();
    const rows = await page.locator(".markers-panel .monaco-list-row").count();
    step(`Problems panel: ${rows} rows shown`);
    // Go to the finding, as a drafter would: the editor shows the evacuation
    // section and its error squiggle.
    await evac001.click();
    await page.waitForFunction(() => /Ln (6\d|7\d)\b/.test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ""));
    await page.waitForSelector(".monaco-editor .squiggly-error");
    // Quiet the screen for the picture: no notification toasts.
    await page.evaluate(() => document.querySelectorAll(".notifications-toasts").forEach((e) => (e.style.display = "none")));
    mkdirSync(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath });
    step(`screenshot saved to ${path.relative(repoRoot, screenshotPath)}`);
    console.log("  ✔ UI: a flawed sample shows squiggles, the status bar count and the Problems panel");
    result.passed += 1;

    // Ctrl+. on the finding, as a drafter asks for help: the suggestion, the
    // rule's documentation, then the ways to disable it.
    await evac001.click();
    await page.keyboard.press("Escape");
    await page.locator(".monaco-editor textarea").first().focus();
    await page.keyboard.press("Control+.");
    const menu = page.locator(".action-widget");
    await menu.waitFor();
    const entries = (await menu.locator(".monaco-list-row").allTextContents()).map((t) => t.trim());
    step(`quick-fix menu: ${entries.join(" | ")}`);
    const at = (pattern) => entries.findIndex((e) => pattern.test(e));
    const docs = at(/^Show documentation for EVAC001/);
    const disable = at(/^Disable EVAC001/);
    if (docs < 0 || disable < 0 || docs > disable) throw new Error(`the quick-fix menu lacks "Show documentation for EVAC001" before "Disable EVAC001…": ${entries.join(" | ")}`);
    await page.evaluate(() => document.querySelectorAll(".notifications-toasts").forEach((e) => (e.style.display = "none")));
    await page.screenshot({ path: quickFixScreenshotPath });
    step(`screenshot saved to ${path.relative(repoRoot, quickFixScreenshotPath)}`);
    await page.keyboard.press("Escape");
    console.log("  ✔ UI: Ctrl+. on a finding offers its suggestion, then its documentation, then disabling it");
    result.passed += 1;
  } catch (error) {
    const failShot = path.join(layout.logs, "ui-failure.png");
    await page.screenshot({ path: failShot }).catch(() => undefined);
    console.log(`  ✘ UI check failed: ${error.message.split("\n")[0]} (screen: ${failShot})`);
    result.failed += 1;
  } finally {
    await withTimeout(context.close(), LIMITS.stop, "closing the UI page").catch(() => undefined);
  }
}

// --- 3. the display language Russian ------------------------------------------------------

/**
 * Makes Russian a display language code-server can switch to. VS Code picks
 * a display language only among installed language packs, and the Russian
 * pack comes from the marketplace, which cannot be reached here. So a
 * language pack of our own is installed: it declares Russian and translates
 * none of VS Code's words (VS Code then shows its own in English), and
 * `languagepacks.json` lists it, as VS Code writes that file when a pack is
 * installed. With `--locale ru`, vscode.env.language is "ru": the extension's
 * package.nls.ru.json, its l10n bundle and the server's findings are Russian,
 * which is what the test is about.
 */
function installRussianDisplayLanguage(layout) {
  const pack = path.join(layout.extensions, "micic-e2e.display-language-ru-1.0.0");
  mkdirSync(path.join(pack, "translations"), { recursive: true });
  writeFileSync(
    path.join(pack, "package.json"),
    JSON.stringify({
      name: "display-language-ru",
      publisher: "micic-e2e",
      version: "1.0.0",
      engines: { vscode: "^1.100.0" },
      categories: ["Language Packs"],
      contributes: {
        localizations: [{ languageId: "ru", languageName: "Russian", localizedLanguageName: "русский", translations: [{ id: "vscode", path: "./translations/main.i18n.json" }] }],
      },
    }),
  );
  const translations = path.join(pack, "translations", "main.i18n.json");
  writeFileSync(translations, JSON.stringify({ version: "1.0.0", contents: {} }));
  writeFileSync(
    path.join(layout.userData, "languagepacks.json"),
    JSON.stringify({
      ru: {
        hash: "micice2e",
        extensions: [{ extensionIdentifier: { id: "micic-e2e.display-language-ru" }, version: "1.0.0" }],
        translations: { vscode: translations },
        label: "русский",
      },
    }),
  );
}

/** What a Russian-speaking drafter sees: the findings in Russian in the Problems panel, the commands' titles in the palette. */
async function russianUiCheck(base, layout) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "ru-RU" });
  const page = await context.newPage();
  page.setDefaultTimeout(45_000);
  logBrowserConsole(page, path.join(layout.logs, "browser-ui-ru.log"));
  const step = (what) => say(`ui (ru): ${what}`);
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(layout.samples)}`);
    await page.waitForSelector(".monaco-workbench");
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${UI_SAMPLE}"]`);
    await row.waitFor();
    await row.click();
    await page.waitForSelector(".monaco-editor .squiggly-error, .monaco-editor .squiggly-warning");
    await page.keyboard.press("Control+Shift+M");
    const evac001 = page.locator(".markers-panel .monaco-list-row", { hasText: /EVAC001/ }).first();
    await evac001.waitFor();
    const message = (await evac001.textContent()) ?? "";
    if (!/[а-яё]{4}/i.test(message)) throw new Error(`the Problems panel's EVAC001 is not in Russian: ${message}`);
    step(`Problems panel: ${message.slice(0, 90)}…`);
    await evac001.click();
    await page.waitForSelector(".monaco-editor .squiggly-error");
    await page.keyboard.press("F1");
    await page.keyboard.type("MICIC");
    const newPlan = page.locator(".quick-input-list .monaco-list-row", { hasText: "Новый план по шаблону" });
    await newPlan.waitFor();
    step(`command palette: ${(await page.locator(".quick-input-list .monaco-list-row").count())} MICIC commands, titled in Russian`);
    await page.evaluate(() => document.querySelectorAll(".notifications-toasts").forEach((e) => (e.style.display = "none")));
    mkdirSync(path.dirname(russianScreenshotPath), { recursive: true });
    await page.screenshot({ path: russianScreenshotPath });
    step(`screenshot saved to ${path.relative(repoRoot, russianScreenshotPath)}`);
    await page.keyboard.press("Escape");
    console.log("  ✔ UI in Russian: the findings in the Problems panel and the commands in the palette are in Russian");
    result.passed += 1;
  } catch (error) {
    const failShot = path.join(layout.logs, "ui-ru-failure.png");
    await page.screenshot({ path: failShot }).catch(() => undefined);
    console.log(`  ✘ UI check in Russian failed: ${error.message.split("\n")[0]} (screen: ${failShot})`);
    result.failed += 1;
  } finally {
    await withTimeout(context.close(), LIMITS.stop, "closing the Russian UI page").catch(() => undefined);
  }
}

// --- main ---------------------------------------------------------------------------------

async function main() {
  checkPrerequisites();
  checkBuilt();
  const suiteEntry = await buildSuite();
  const webSuiteEntry = await buildWebSuite();
  say("suites built");
  const layout = makeRunDir();
  runDir = layout.dir;
  // Playwright's own temporary files (Chromium profiles) go there too.
  process.env.TMPDIR = layout.tmp;
  const env = isolatedEnv(layout);
  const { installedDir } = installExtensionPackage(layout, env);
  say(`run directory ${layout.dir}; the .vsix built and installed with --install-extension for the web suite and the UI check`);
  const base = await startCodeServer(layout, env);
  say(`code-server ${CS_VERSION} ready at ${base} (process group ${codeServerPgid})`);
  browser = await launchBrowser(env);
  say(`Chromium ${browser.version()} launched`);
  if (process.env.MICIC_E2E_SKIP_SUITE !== "1") {
    say("running the mocha suite in the extension host");
    await runSuite(base, layout, suiteEntry);
  }
  if (process.env.MICIC_E2E_SKIP_WEB !== "1") {
    say(`running the web suite in the web-worker extension host; the packaged browser bundles: ${browserBundleSizes(installedDir).join(", ")}`);
    const outcome = await runWebSuite({
      browser,
      codeServerBase: base,
      userSettingsFile: path.join(layout.userData, "User/settings.json"),
      workspace: layout.webWorkspace,
      extensionDir: installedDir,
      webDir: path.join(layout.dir, "web-extension"),
      webSuiteEntry,
      logs: layout.logs,
      say,
      timeoutMs: LIMITS.web,
    });
    result.passed += outcome.passed;
    result.failed += outcome.failed;
  }
  if (process.env.MICIC_E2E_SKIP_REPORTS !== "1") {
    say("rendering the reports (Markdown as GitHub renders it, Mermaid drawn by Mermaid)");
    const outcomes = await withTimeout(
      checkReportsRender(browser, { repoRoot, outDir: path.join(repoRoot, "out", "e2e"), say }),
      LIMITS.ui,
      "rendering the reports",
    ).catch((error) => [["reports", error.message]]);
    for (const [name, error] of outcomes) {
      if (error) {
        console.log(`  ✘ report of ${name}: ${error}`);
        result.failed += 1;
      } else {
        console.log(`  ✔ report of ${name} renders, its Mermaid diagrams drawn`);
        result.passed += 1;
      }
    }
  }
  if (process.env.MICIC_E2E_SKIP_UI !== "1") {
    say("running the UI check");
    await withTimeout(uiCheck(base, layout), LIMITS.ui, "the UI check").catch((error) => {
      console.log(`  ✘ UI check: ${error.message}`);
      result.failed += 1;
    });
  }
  if (process.env.MICIC_E2E_SKIP_RUSSIAN !== "1") {
    // The same extension in a VS Code whose display language is Russian: the
    // suite's Russian tests in the extension host, then what the screen shows.
    say("restarting code-server with the display language Russian (--locale ru)");
    await stopCodeServer();
    installRussianDisplayLanguage(layout);
    const russianBase = await startCodeServer(layout, { ...env, MICIC_E2E_GREP: "in Russian" }, ["--locale", "ru"]);
    say(`code-server ready at ${russianBase} in Russian`);
    await runSuite(russianBase, layout, suiteEntry);
    if (process.env.MICIC_E2E_SKIP_UI !== "1") {
      await withTimeout(russianUiCheck(russianBase, layout), LIMITS.ui, "the UI check in Russian").catch((error) => {
        console.log(`  ✘ UI check in Russian: ${error.message}`);
        result.failed += 1;
      });
    }
  }
}

const overall = setTimeout(() => {
  console.log(`e2e: the whole run took more than ${LIMITS.total / 1000} s; stopping`);
  void cleanUp().finally(() => {
    console.log(`e2e: ${result.passed} passed, ${result.failed + 1} failed`);
    process.exit(1);
  });
}, LIMITS.total);

let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  console.log(`e2e: ${error?.stack ?? error}`);
} finally {
  await cleanUp();
  clearTimeout(overall);
}
const failed = result.failed + (crashed ? 1 : 0);
if (runDir) {
  if (failed === 0 && process.env.MICIC_E2E_KEEP !== "1") rmSync(runDir, { recursive: true, force: true });
  else console.log(`e2e: logs kept in ${path.join(runDir, "logs")}`);
}
console.log(`e2e: ${result.passed} passed, ${failed} failed (${elapsed()})`);
process.exit(failed === 0 && result.passed > 0 ? 0 : 1);
