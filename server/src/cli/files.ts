/**
 * Which files a `check` run reads: named files as they are, folders searched
 * for plans (`.micic`) and Markdown notes (`.md`, for their ```micic
 * blocks), and glob patterns. Folders skip node_modules, .git, what the
 * folder's .gitignore files ignore, and the `--ignore` patterns. Problems
 * with a path are returned as one clear message each, never thrown.
 */
import * as nodeFs from "node:fs";
import { promises as fs, statSync, type Stats } from "node:fs";
import * as path from "node:path";
import ignore, { type Ignore } from "ignore";
import { describeFsError, describeNotAFile } from "../workspace/read-plan";

/**
 * The glob library, loaded when a folder or a pattern is searched: with it
 * comes picomatch, whose loading costs a check of one named file about 7 ms
 * (a tenth of the command's own start-up).
 */
const globbing = () => import("tinyglobby");

/** Extensions searched for inside folders. */
export const PLAN_EXTENSIONS = [".micic"];
export const NOTE_EXTENSIONS = [".md"];

/** Folders never searched: dependencies and version control. */
const SKIPPED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];

export interface FileSearch {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** One message per path that could not be used. */
  problems: string[];
}

export interface SearchOptions {
  /** Glob patterns (relative to the working folder) never to check. */
  ignore?: readonly string[];
  /** Whether to honour .gitignore files (on by default). */
  gitignore?: boolean;
}

export async function findFiles(patterns: readonly string[], cwd: string, options: SearchOptions = {}): Promise<FileSearch> {
  const found = new Set<string>();
  const problems: string[] = [];
  const userIgnores = (options.ignore ?? []).map((p) => p.replace(/\\/g, "/"));
  const ignoredByUser = ignore().add(userIgnores);
  const isIgnoredByUser = (file: string) => {
    const relative = path.relative(cwd, file).split(path.sep).join("/");
    return !relative.startsWith("..") && relative !== "" && ignoredByUser.ignores(relative);
  };

  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat: Stats | undefined;
    try {
      // Synchronously, as the files are read (check-files.ts): node's
      // promise-based fs module costs a check of one file 3 ms to load.
      stat = statSync(absolute);
    } catch (error) {
      if (!(await globbing()).isDynamicPattern(pattern)) {
        problems.push(`cannot read '${pattern}': ${describeFsError(error)}`);
        continue;
      }
    }
    if (stat?.isFile()) {
      // A file named on the command line is checked even if ignored.
      found.add(absolute);
    } else if (stat?.isDirectory()) {
      const { glob } = await globbing();
      const unreadable = new Map<string, unknown>();
      const matches = await glob([...PLAN_EXTENSIONS, ...NOTE_EXTENSIONS].map((ext) => `**/*${ext}`), {
        cwd: absolute,
        absolute: true,
        ignore: SKIPPED_DIRECTORIES,
        dot: false,
        fs: noticingUnreadableFolders(unreadable),
      });
      // Folders the search could not read: their plans were not checked, and the exit code must say so.
      for (const [folder, error] of [...unreadable].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        problems.push(`cannot read the folder '${shownPath(cwd, folder)}': ${describeFsError(error)}; the plans in it were not checked`);
      }
      const gitignored = options.gitignore === false ? () => false : await gitignoreFilter(absolute);
      const kept = matches.map((m) => path.normalize(m)).filter((m) => !gitignored(m) && !isIgnoredByUser(m));
      if (kept.length === 0 && !unreadable.has(absolute)) problems.push(`no plan files (${[...PLAN_EXTENSIONS, ...NOTE_EXTENSIONS].join(", ")}) in '${pattern}'`);
      for (const m of kept) found.add(m);
    } else if (stat) {
      problems.push(`cannot read '${pattern}': ${describeNotAFile(absolute, stat)}`);
    } else {
      const { glob } = await globbing();
      const matches = await glob(pattern.replace(/\\/g, "/"), {
        cwd,
        absolute: true,
        ignore: [...SKIPPED_DIRECTORIES, ...userIgnores],
        onlyFiles: true,
      });
      if (matches.length === 0) problems.push(`no files match '${pattern}'`);
      for (const m of matches) found.add(path.normalize(m));
    }
  }
  return { files: [...found].sort(), problems };
}

/**
 * The file system as the glob library reads it, but every folder it cannot
 * list is noted in `unreadable` (by its path, without a trailing "/"): the
 * library passes such folders over in silence.
 */
function noticingUnreadableFolders(unreadable: Map<string, unknown>) {
  const readdir = ((folder: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: nodeFs.Dirent[]) => void) =>
    nodeFs.readdir(folder, options as { withFileTypes: true }, (error, entries) => {
      // A folder removed since it was listed is no loss.
      if (error && error.code !== "ENOENT") unreadable.set(path.resolve(folder), error);
      callback(error, entries);
    })) as typeof nodeFs.readdir;
  return { readdir, readdirSync: nodeFs.readdirSync, realpath: nodeFs.realpath, realpathSync: nodeFs.realpathSync, stat: nodeFs.stat, statSync: nodeFs.statSync };
}

/** A path as the command shows it: relative to the working folder, with "/" between folders. */
export function shownPath(cwd: string, file: string): string {
  return (path.relative(cwd, file) || file).split(path.sep).join("/");
}

/**
 * What the .gitignore files in a folder (and its subfolders) ignore, each
 * read relative to its own folder, as git does.
 */
async function gitignoreFilter(root: string): Promise<(file: string) => boolean> {
  const { glob } = await globbing();
  const files = await glob("**/.gitignore", { cwd: root, absolute: true, dot: true, ignore: SKIPPED_DIRECTORIES });
  const rules: { dir: string; matcher: Ignore }[] = [];
  for (const file of files) {
    const text = await fs.readFile(file, "utf8").catch(() => "");
    rules.push({ dir: path.dirname(path.normalize(file)), matcher: ignore().add(text) });
  }
  if (rules.length === 0) return () => false;
  return (file: string) =>
    rules.some(({ dir, matcher }) => {
      const relative = path.relative(dir, file);
      return !relative.startsWith("..") && relative !== "" && matcher.ignores(relative.split(path.sep).join("/"));
    });
}

/**
 * Makes a folder and the missing folders above it. Not mkdir's `recursive`
 * option: where a file system refuses a new folder with ENOENT although its
 * parent exists (Linux's /proc), Node's recursive mkdir retries forever;
 * this tries each folder once and says why it failed.
 */
export async function makeFolders(folder: string): Promise<void> {
  const make = async (dir: string) => {
    try {
      await fs.mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  };
  try {
    await make(folder);
  } catch (error) {
    const parent = path.dirname(folder);
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || parent === folder) throw error;
    await makeFolders(parent);
    await make(folder);
  }
}

// Why a path cannot be used, in the same words as the plan reader's.
export { describeFsError };
