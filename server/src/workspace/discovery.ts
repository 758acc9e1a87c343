/**
 * Which files of a folder are plans: the one search the command line and the
 * language server share. A folder is searched for plans (`.micic`) and
 * Markdown notes (`.md`, for their ```micic blocks), skipping dependencies
 * and version control, and what the folder's `.gitignore` and `.micicignore`
 * files ignore, each read relative to its own folder as git reads
 * `.gitignore`. A `.micicignore` says which Markdown files show plans as
 * examples rather than being plans (a README, rule pages), as
 * `.prettierignore` does for Prettier. Links to files and folders are
 * followed (a plan kept elsewhere and linked in is checked); what a file
 * may hold is the reader's business (read-plan.ts: size, kind of file,
 * encoding), so a link to a device or a pipe is refused there, by name.
 */
import * as nodeFs from "node:fs";
import * as path from "node:path";
import ignore, { type Ignore } from "ignore";

/**
 * The glob library, loaded when a folder is searched: with it comes
 * picomatch, whose loading costs a check of one named file about 7 ms (a
 * tenth of the command's own start-up).
 */
export const globbing = () => import("tinyglobby");

/** An ignore file larger than this is no list of patterns, and is not read. */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** Extensions searched for inside folders. */
export const PLAN_EXTENSIONS = [".micic"];
export const NOTE_EXTENSIONS = [".md"];

/** Folders never searched: dependencies and version control. */
export const SKIPPED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];

/** The files whose patterns say what a search passes over, as `.gitignore` does for git. */
export const IGNORE_FILES = [".gitignore", ".micicignore"];

export interface FolderSearchOptions {
  /** Patterns (gitignore syntax) never to check: the command line's `--ignore`. */
  ignore?: readonly string[];
  /** The folder `ignore` is relative to (the working folder); `root` when absent. */
  ignoreBase?: string;
  /** Whether to honour `.gitignore` files (on by default; `.micicignore` always counts). */
  gitignore?: boolean;
}

export interface FolderSearch {
  /** Absolute paths, sorted. */
  files: string[];
  /** How many plan files the ignore files and patterns passed over. */
  ignored: number;
  /** Folders the search could not list, with why: their plans were not checked. */
  unreadable: [folder: string, error: unknown][];
}

/** The plans and plan notes of a folder and its subfolders. */
export async function searchFolder(root: string, options: FolderSearchOptions = {}): Promise<FolderSearch> {
  const { glob } = await globbing();
  const unreadable = new Map<string, unknown>();
  const matches = await glob([...PLAN_EXTENSIONS, ...NOTE_EXTENSIONS].map((ext) => `**/*${ext}`), {
    cwd: root,
    absolute: true,
    ignore: SKIPPED_DIRECTORIES,
    dot: false,
    fs: noticingUnreadableFolders(unreadable),
  });
  const ignoreFiles = options.gitignore === false ? [".micicignore"] : IGNORE_FILES;
  const ignored = await ignoreFilter(root, ignoreFiles, options.ignore ?? [], options.ignoreBase ?? root);
  const files = matches.map((m) => path.normalize(m)).filter((m) => !ignored(m));
  return { files: files.sort(), ignored: matches.length - files.length, unreadable: [...unreadable].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
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

/**
 * What the ignore files in a folder (and its subfolders) and the given
 * patterns ignore: each file's patterns read relative to its own folder, as
 * git does; `patterns` relative to `base`.
 */
async function ignoreFilter(root: string, names: readonly string[], patterns: readonly string[], base: string): Promise<(file: string) => boolean> {
  const { glob } = await globbing();
  const files = await glob(names.map((name) => `**/${name}`), { cwd: root, absolute: true, dot: true, ignore: SKIPPED_DIRECTORIES });
  // And those of the folders from `base` down to `root`: `check docs` run at
  // the top of a project still honours the project's own ignore files.
  for (let dir = path.dirname(root); isWithin(base, dir); dir = path.dirname(dir)) {
    for (const name of names) if (nodeFs.existsSync(path.join(dir, name))) files.push(path.join(dir, name));
    if (dir === base || path.dirname(dir) === dir) break;
  }
  const rules: { dir: string; matcher: Ignore }[] = [];
  if (patterns.length > 0) rules.push({ dir: base, matcher: ignore().add(patterns.map((p) => p.replace(/\\/g, "/"))) });
  for (const file of files) {
    let text = "";
    try {
      text = await nodeFs.promises.readFile(file, "utf8");
    } catch {
      // An ignore file that cannot be read ignores nothing, as for git.
    }
    rules.push({ dir: path.dirname(path.normalize(file)), matcher: ignore().add(text) });
  }
  if (rules.length === 0) return () => false;
  return (file: string) =>
    rules.some(({ dir, matcher }) => {
      const relative = path.relative(dir, file);
      return !relative.startsWith("..") && relative !== "" && matcher.ignores(relative.split(path.sep).join("/"));
    });
}

/** Whether `dir` is `base` or a folder inside it. */
function isWithin(base: string, dir: string): boolean {
  const relative = path.relative(base, dir);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * The plan files of a folder, searched once and kept until a file event says
 * they may have changed: what the language server asks for at every
 * workspace symbol search and workspace check. A created or deleted file,
 * or a changed ignore file, drops the folder's list; the next request
 * searches again. (A changed plan keeps the list: its name is the same.)
 */
export class PlanFileIndex {
  private readonly searches = new Map<string, Promise<FolderSearch>>();

  constructor(private readonly options: FolderSearchOptions = {}) {}

  /** The folder's plan files, from the last search while no event has said otherwise. */
  search(root: string): Promise<FolderSearch> {
    let search = this.searches.get(root);
    if (!search) {
      search = searchFolder(root, this.options);
      this.searches.set(root, search);
      // A search that failed is not kept: the next request tries again.
      search.catch(() => this.searches.delete(root));
    }
    return search;
  }

  /** A file was created, deleted or changed: drop what it may make stale. */
  fileChanged(file: string, change: "created" | "changed" | "deleted"): void {
    const name = path.basename(file);
    const isIgnoreFile = IGNORE_FILES.includes(name);
    const isPlanFile = [...PLAN_EXTENSIONS, ...NOTE_EXTENSIONS].includes(path.extname(name));
    if (!isIgnoreFile && (change === "changed" || !isPlanFile)) return;
    for (const root of [...this.searches.keys()]) if (isWithin(root, file)) this.searches.delete(root);
  }

  /** Forgets every search (the workspace folders changed). */
  clear(): void {
    this.searches.clear();
  }
}

/**
 * What the `.micicignore` files above a file say of it, for a file opened in
 * the editor: a rule page or a README opened from anywhere (the extension's
 * own rule pages, a project's docs) shows plans as examples, and its
 * findings must not join the Problems panel. Every `.micicignore` from the
 * file's folder up to the root counts, each relative to its own folder, as
 * in a search. `.gitignore` does not: a drafter who opens a file git
 * ignores still wants it checked. Each folder's file is read once and kept
 * until a file event names it.
 */
export class MicicIgnoreFiles {
  private readonly folders = new Map<string, Ignore | null>();

  /** Whether a `.micicignore` in the file's folder or a folder above it ignores the file. */
  ignores(file: string): boolean {
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const matcher = this.matcherIn(dir);
      if (matcher?.ignores(path.relative(dir, file).split(path.sep).join("/"))) return true;
      if (path.dirname(dir) === dir) return false;
    }
  }

  /** A file was created, changed or deleted: forget its folder's patterns if it is a `.micicignore`. */
  fileChanged(file: string): boolean {
    if (path.basename(file) !== ".micicignore") return false;
    this.folders.delete(path.dirname(path.normalize(file)));
    return true;
  }

  private matcherIn(dir: string): Ignore | null {
    let matcher = this.folders.get(dir);
    if (matcher === undefined) {
      const file = path.join(dir, ".micicignore");
      try {
        // A pipe or a device by that name would stop the server reading it.
        const stat = nodeFs.statSync(file);
        matcher = stat.isFile() && stat.size <= MAX_IGNORE_FILE_BYTES ? ignore().add(nodeFs.readFileSync(file, "utf8")) : null;
      } catch {
        // No file (or one that cannot be read): it ignores nothing, as for git.
        matcher = null;
      }
      this.folders.set(dir, matcher);
    }
    return matcher;
  }
}
