/**
 * What `micic-plan diff --base REV` asks of git: a file's bytes at a
 * revision, and the plan files removed since. git is run as a program (as
 * every tool that reads revisions does); its failures become one sentence
 * that says what to do, never a stack trace.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

/** The most a file at a revision may hold before it is refused (as a plan on disk: workspace/limits.ts). */
const MAX_OUTPUT = 64 * 1024 * 1024;

export class GitError extends Error {}

function git(args: readonly string[], cwd: string): Buffer {
  const run = spawnSync("git", args, { cwd, maxBuffer: MAX_OUTPUT, windowsHide: true });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new GitError("--base needs git, which is not installed or not on the PATH");
    if (code === "ENOBUFS") throw new GitError(`git gave more than ${MAX_OUTPUT / 1024 / 1024} MiB for 'git ${args.join(" ")}'`);
    throw new GitError(`git could not run: ${run.error.message}`);
  }
  if (run.status !== 0) throw new GitError(firstLine(run.stderr.toString("utf8")) || `git ${args[0]} failed`);
  return run.stdout;
}

const firstLine = (text: string) => text.trim().split("\n")[0].replace(/^fatal: /, "");

/** The repository's top folder, or a GitError that says `cwd` is in none. */
export function repositoryRoot(cwd: string): string {
  try {
    return git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`--base compares with a git revision, but '${cwd}' is not in a git repository: give two files instead (micic-plan diff OLD NEW)`);
    }
    throw error;
  }
}

/** The full name of a revision, or a GitError that names what git does not know. */
export function resolveRevision(revision: string, root: string): string {
  if (revision.startsWith("-")) throw new GitError(`--base '${revision}' is not a revision: give a branch, a tag or a commit (--base main)`);
  try {
    return git(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], root).toString("utf8").trim();
  } catch {
    throw new GitError(`--base '${revision}' is not a revision this repository knows: give a branch, a tag or a commit (git fetch it first in a shallow clone)`);
  }
}

/** Whether a file or folder (absolute) existed at a commit. */
export function existedAt(commit: string, file: string, root: string): boolean {
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (relative === "" || relative.startsWith("..")) return false;
  return git(["ls-tree", "-z", "--full-tree", commit, "--", relative], root).toString("utf8") !== "";
}

/** A file's bytes at a commit; undefined when the file did not exist there. */
export function fileAtRevision(commit: string, file: string, root: string): Buffer | undefined {
  const relative = path.relative(root, file).split(path.sep).join("/");
  const listed = git(["ls-tree", "-z", "--full-tree", commit, "--", relative], root).toString("utf8");
  if (listed === "") return undefined;
  return git(["cat-file", "blob", `${commit}:${relative}`], root);
}

const pathspecsOf = (paths: readonly string[], root: string) => paths.map((p) => path.relative(root, p).split(path.sep).join("/") || ".");
const withExtension = (name: string, extensions: readonly string[]) => extensions.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * The files under `paths` (absolute) that existed at `commit` and exist no
 * more, with any of `extensions`; a file renamed since (git's rename
 * detection, as `git diff -M` finds it) is not among them: see renamedSince.
 */
export function removedSince(commit: string, paths: readonly string[], root: string, extensions: readonly string[]): string[] {
  const out = git(["diff", "-z", "--name-only", "--find-renames", "--diff-filter=D", commit, "--", ...pathspecsOf(paths, root)], root).toString("utf8");
  return out
    .split("\0")
    .filter((name) => name !== "" && withExtension(name, extensions))
    .map((name) => path.join(root, name));
}

/** The files under `paths` renamed since `commit` (git mv, or staged): each new path (absolute) with its old one. */
export function renamedSince(commit: string, paths: readonly string[], root: string): Map<string, string> {
  const fields = git(["diff", "-z", "--name-status", "--find-renames", "--diff-filter=R", commit, "--", ...pathspecsOf(paths, root)], root).toString("utf8").split("\0");
  const renamed = new Map<string, string>();
  // -z --name-status: "R<score>", the old path, the new path, for each rename.
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i].startsWith("R")) renamed.set(path.join(root, fields[i + 2]), path.join(root, fields[i + 1]));
  }
  return renamed;
}
