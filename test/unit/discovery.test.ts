/**
 * The language server's index of plan files (workspace/discovery.ts): one
 * search per folder, kept until a file event may have made it stale; and
 * what .micicignore files say of a document opened in the editor.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { MicicIgnoreFiles, PlanFileIndex } from "../../server/src/workspace/discovery";

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "micic-index-"));
  mkdirSync(path.join(dir, "plans"));
  writeFileSync(path.join(dir, "plans", "а.micic"), 'plan "А" {}\n');
  writeFileSync(path.join(dir, "notes.md"), "# Notes\n");
  return dir;
}

const names = async (index: PlanFileIndex, dir: string) => (await index.search(dir)).files.map((f) => path.relative(dir, f).split(path.sep).join("/"));

describe("the index of plan files", () => {
  it("searches a folder once and answers from the search until a file is created or deleted", async () => {
    const dir = folder();
    const index = new PlanFileIndex();
    assert.deepEqual(await names(index, dir), ["notes.md", "plans/а.micic"]);
    writeFileSync(path.join(dir, "plans", "б.micic"), 'plan "Б" {}\n');
    assert.deepEqual(await names(index, dir), ["notes.md", "plans/а.micic"], "no event yet: the kept search");
    index.fileChanged(path.join(dir, "plans", "б.micic"), "changed");
    assert.deepEqual(await names(index, dir), ["notes.md", "plans/а.micic"], "a changed plan keeps its name: the list stands");
    index.fileChanged(path.join(dir, "plans", "б.micic"), "created");
    assert.deepEqual(await names(index, dir), ["notes.md", "plans/а.micic", "plans/б.micic"]);
    rmSync(path.join(dir, "notes.md"));
    index.fileChanged(path.join(dir, "notes.md"), "deleted");
    assert.deepEqual(await names(index, dir), ["plans/а.micic", "plans/б.micic"]);
  });

  it("searches again when an ignore file changes, and leaves other folders' searches alone", async () => {
    const dir = folder();
    const other = folder();
    const index = new PlanFileIndex();
    await names(index, dir);
    await names(index, other);
    writeFileSync(path.join(dir, ".micicignore"), "notes.md\n");
    writeFileSync(path.join(other, ".micicignore"), "notes.md\n");
    index.fileChanged(path.join(dir, ".micicignore"), "changed");
    assert.deepEqual(await names(index, dir), ["plans/а.micic"]);
    assert.deepEqual(await names(index, other), ["notes.md", "plans/а.micic"], "no event in this folder");
    index.fileChanged(path.join(dir, "image.png"), "created");
    index.clear();
    assert.deepEqual(await names(index, other), ["plans/а.micic"]);
  });
});

describe("the .micicignore files above an open document", () => {
  it("ignores what any .micicignore from the file's folder up names, each relative to its own folder", () => {
    const dir = folder();
    mkdirSync(path.join(dir, "docs", "rules"), { recursive: true });
    writeFileSync(path.join(dir, ".micicignore"), "# example plans\ndocs/\nREADME.md\n");
    writeFileSync(path.join(dir, "plans", ".micicignore"), "черновик-*.micic\n");
    const ignores = new MicicIgnoreFiles();
    const at = (...parts: string[]) => ignores.ignores(path.join(dir, ...parts));
    assert.equal(at("docs", "rules", "EVAC003.md"), true);
    assert.equal(at("README.md"), true);
    assert.equal(at("plans", "черновик-1.micic"), true, "the nested file's pattern, relative to plans/");
    assert.equal(at("plans", "а.micic"), false);
    assert.equal(at("notes.md"), false);
    assert.equal(at("черновик-1.micic"), false, "plans/.micicignore says nothing of the folder above");
  });

  it("reads a folder's file once, and again after an event names it", () => {
    const dir = folder();
    const ignores = new MicicIgnoreFiles();
    const notes = path.join(dir, "notes.md");
    assert.equal(ignores.ignores(notes), false);
    writeFileSync(path.join(dir, ".micicignore"), "notes.md\n");
    assert.equal(ignores.ignores(notes), false, "no event yet: the kept reading");
    assert.equal(ignores.fileChanged(path.join(dir, "notes.md")), false, "a plan's event is no ignore file's");
    assert.equal(ignores.fileChanged(path.join(dir, ".micicignore")), true);
    assert.equal(ignores.ignores(notes), true);
    rmSync(path.join(dir, ".micicignore"));
    ignores.fileChanged(path.join(dir, ".micicignore"));
    assert.equal(ignores.ignores(notes), false);
  });

  it("does not read a .micicignore that is a pipe (it would wait for a writer) and ignores nothing by it", function () {
    if (process.platform === "win32") this.skip();
    const dir = folder();
    execFileSync("mkfifo", [path.join(dir, ".micicignore")]);
    assert.equal(new MicicIgnoreFiles().ignores(path.join(dir, "notes.md")), false);
  });
});
