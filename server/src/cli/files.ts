/**
 * Which files a `check` run reads: named files as they are, directories
 * searched for plans, and glob patterns. Problems with a path are returned as
 * one clear message each, never thrown.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** Extensions searched for inside directories. */
export const PLAN_EXTENSIONS = [".micic"];

/** Folders never searched: dependencies and version control. */
const SKIPPED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];

export interface FileSearch {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** One message per path that could not be used. */
  problems: string[];
}

export async function findFiles(patterns: readonly string[], cwd: string): Promise<FileSearch> {
  const found = new Set<string>();
  const problems: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stat: import("node:fs").Stats | undefined;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      if (!isDynamicPattern(pattern)) {
        problems.push(`cannot read '${pattern}': ${describeFsError(error)}`);
        continue;
      }
    }
    if (stat?.isFile()) {
      found.add(absolute);
    } else if (stat?.isDirectory()) {
      const matches = await glob(PLAN_EXTENSIONS.map((ext) => `**/*${ext}`), {
        cwd: absolute,
        absolute: true,
        ignore: SKIPPED_DIRECTORIES,
        dot: false,
      });
      if (matches.length === 0) problems.push(`no plan files (${PLAN_EXTENSIONS.join(", ")}) in '${pattern}'`);
      for (const m of matches) found.add(path.normalize(m));
    } else if (stat) {
      problems.push(`cannot read '${pattern}': it is neither a file nor a folder`);
    } else {
      const matches = await glob(pattern.replace(/\\/g, "/"), {
        cwd,
        absolute: true,
        ignore: SKIPPED_DIRECTORIES,
        onlyFiles: true,
      });
      if (matches.length === 0) problems.push(`no files match '${pattern}'`);
      for (const m of matches) found.add(path.normalize(m));
    }
  }
  return { files: [...found].sort(), problems };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return (error as Error)?.message ?? String(error);
  }
}
