/**
 * The configuration and ignore files of a server in a browser, asked of the
 * client (server/src/lsp/client-files.ts): the same lookup as on disk (the
 * nearest .micicrc.json wins, every .micicignore up to the workspace folder
 * counts), over the URIs of the editor's file systems (vscode-vfs: on
 * github.dev), with a fake client that answers from a table.
 */
import assert from "node:assert/strict";
import { ConfigError } from "../../server/src/core/config";
import { ClientWorkspaceFiles, type ReadWorkspaceFileParams, type WorkspaceFileAnswer } from "../../server/src/lsp/client-files";

const ROOT = "vscode-vfs://github/micic/plans";

/** A client whose workspace holds `files` (path under ROOT → text); it counts what it is asked. */
function clientWith(files: Record<string, string | { problem: string }>) {
  const asked: string[] = [];
  const read = async ({ uri }: ReadWorkspaceFileParams): Promise<WorkspaceFileAnswer> => {
    asked.push(uri);
    const entry = files[decodeURIComponent(uri.slice(ROOT.length + 1))];
    if (entry === undefined) return { missing: true };
    return typeof entry === "string" ? { text: entry } : entry;
  };
  return { asked, files: new ClientWorkspaceFiles(read, () => [ROOT]) };
}

describe("configuration and ignore files read through the client (a browser's server)", () => {
  it("takes the nearest .micicrc.json, whole, and walks no higher than the workspace folder", async () => {
    const { asked, files } = clientWith({
      ".micicrc.json": JSON.stringify({ rules: { EVAC001: "off" } }),
      "regions/Oʻzbekiston/.micicrc.json": JSON.stringify({ rules: { EVAC010: "error" } }),
    });
    const plan = `${ROOT}/regions/O%CA%BBzbekiston/Тошкент/plan.micic`;
    await files.prepare(plan);
    const config = files.configFor(plan);
    assert.deepEqual(Object.fromEntries(config?.rules ?? []), { EVAC010: "error" }, "the folder's own configuration, not merged with the root's");
    assert.ok(asked.every((uri) => uri.startsWith(`${ROOT}/`)), `nothing above the workspace folder: ${asked.join(", ")}`);
    await files.prepare(`${ROOT}/plan.micic`);
    assert.deepEqual(Object.fromEntries(files.configFor(`${ROOT}/plan.micic`)?.rules ?? []), { EVAC001: "off" });
  });

  it("asks for each file once, until the client reports it changed", async () => {
    const { asked, files } = clientWith({ ".micicrc.json": "{}" });
    await files.prepare(`${ROOT}/a.micic`);
    await files.prepare(`${ROOT}/b.micic`);
    assert.equal(asked.filter((uri) => uri.endsWith(".micicrc.json")).length, 1);
    assert.equal(files.fileChanged(`${ROOT}/.micicrc.json`), true);
    assert.equal(files.fileChanged(`${ROOT}/notes.md`), false, "a file that configures nothing");
    await files.prepare(`${ROOT}/a.micic`);
    assert.equal(asked.filter((uri) => uri.endsWith(".micicrc.json")).length, 2);
  });

  it("refuses a configuration that cannot be read or parsed, naming it by its path in the folder", async () => {
    const { files } = clientWith({ "bad/.micicrc.json": "{ \"rules\": ", "big/.micicrc.json": { problem: "it is larger than the 1 MiB such a file may be" } });
    await files.prepare(`${ROOT}/bad/plan.micic`);
    assert.throws(() => files.configFor(`${ROOT}/bad/plan.micic`), (error: Error) => error instanceof ConfigError && /bad\/\.micicrc\.json/.test(error.message));
    await files.prepare(`${ROOT}/big/plan.micic`);
    assert.throws(() => files.configFor(`${ROOT}/big/plan.micic`), /cannot read the configuration 'big\/\.micicrc\.json': it is larger than/);
  });

  it("reads micic.configFile from the plan's workspace folder, and says when it is not there", async () => {
    const { files } = clientWith({ "config/strict.json": JSON.stringify({ extends: "strict" }) });
    await files.prepare(`${ROOT}/plans/plan.micic`, "config/strict.json");
    assert.equal(files.configFor(`${ROOT}/plans/plan.micic`, "config/strict.json")?.extends, "strict");
    await files.prepare(`${ROOT}/plans/plan.micic`, "missing.json");
    assert.throws(() => files.configFor(`${ROOT}/plans/plan.micic`, "missing.json"), /cannot read the configuration 'missing\.json': no such file/);
  });

  it("ignores what a .micicignore in the plan's folder or above names, relative to its own folder", async () => {
    const { files } = clientWith({ ".micicignore": "docs/\n", "examples/.micicignore": "draft-*.micic\n" });
    const uris = [`${ROOT}/docs/rules/EVAC001.md`, `${ROOT}/examples/draft-1.micic`, `${ROOT}/examples/plan.micic`, `${ROOT}/plan.micic`];
    for (const uri of uris) await files.prepare(uri);
    assert.deepEqual(uris.map((uri) => files.ignores(uri)), [true, true, false, false]);
  });

  it("takes a client that cannot read files as one with no files: nothing configured, nothing ignored", async () => {
    const logged: string[] = [];
    const files = new ClientWorkspaceFiles(() => Promise.reject(new Error("Unhandled method micic/readWorkspaceFile")), () => [ROOT], (m) => logged.push(m));
    await files.prepare(`${ROOT}/plan.micic`);
    assert.equal(files.configFor(`${ROOT}/plan.micic`), undefined);
    assert.equal(files.ignores(`${ROOT}/plan.micic`), false);
    assert.match(logged[0], /could not ask the editor for .*\.micicrc\.json: Unhandled method/);
  });

  it("configures nothing for an untitled plan", async () => {
    const { asked, files } = clientWith({});
    await files.prepare("untitled:Untitled-1");
    assert.deepEqual(asked, []);
    assert.equal(files.configFor("untitled:Untitled-1"), undefined);
  });
});
