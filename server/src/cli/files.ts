/**
 * Which files a `check` run reads: named files as they are, folders searched
 * for plans and Markdown notes (workspace/discovery.ts, the search the
 * language server uses too), and glob patterns. Problems with a path are
 * returned as one clear message each, never thrown.
 */
import { promises as fs, statSync, type Stats } from "node:fs";
import * as path from "node:path";
import { globbing, NOTE_EXTENSIONS, PLAN_EXTENSIONS, searchFolder, SKIPPED_DIRECTORIES } from "../workspace/discovery";
import { describeFsError, describeNotAFile } from "../workspace/read-plan";

export { NOTE_EXTENSIONS, PLAN_EXTENSIONS };

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
      const search = await searchFolder(absolute, { ignore: userIgnores, ignoreBase: cwd, gitignore: options.gitignore });
      // Folders the search could not read: their plans were not checked, and the exit code must say so.
      for (const [folder, error] of search.unreadable) {
        problems.push(`cannot read the folder '${shownPath(cwd, folder)}': ${describeFsError(error)}; the plans in it were not checked`);
      }
      const unreadableRoot = search.unreadable.some(([folder]) => folder === absolute);
      if (search.files.length === 0 && search.ignored > 0) {
        problems.push(`every plan file in '${pattern}' is ignored (by a .micicignore or .gitignore file, or --ignore); name a file to check it anyway`);
      } else if (search.files.length === 0 && !unreadableRoot) {
        problems.push(`no plan files (${[...PLAN_EXTENSIONS, ...NOTE_EXTENSIONS].join(", ")}) in '${pattern}'`);
      }
      for (const m of search.files) found.add(m);
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

/** A path as the command shows it: relative to the working folder, with "/" between folders. */
export function shownPath(cwd: string, file: string): string {
  return (path.relative(cwd, file) || file).split(path.sep).join("/");
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

/**
 * Which file a path names, as the file system tells files apart (device and
 * inode), so that a link or another spelling of a path is caught; undefined
 * when nothing is there. Outputs are compared with inputs by it.
 */
export function fileIdentity(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}
