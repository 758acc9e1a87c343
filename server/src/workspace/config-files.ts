/**
 * Finding and reading `.micicrc.json`: the nearest one in the plan's folder
 * or above it wins, whole (nothing is merged across folders, so what
 * applies to a plan is always one file a reader can open).
 * Shared by the CLI and the language server; results are cached per folder.
 *
 * A configuration is read like a plan (read-plan.ts): what is not a regular
 * file (a named pipe, a device, a link to one) is refused before it is
 * opened, and no more than MAX_CONFIG_BYTES is read. Standard input is read
 * only when asked for by name (`--config -` or `--config /dev/stdin`), once.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import * as path from "node:path";
import { isatty } from "node:tty";
import { ConfigError, CONFIG_FILE_NAME, parseConfig, type Config } from "../core/config";
import { micicConfig } from "./micic-rules";
import { describeFsError, readFileWithinLimit, type FileWords } from "./read-plan";

/** A configuration is a few lines; a megabyte is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const CONFIG_WORDS: FileWords = {
  file: "configuration file",
  one: "a configuration",
  instead: "save the configuration to a file, or pipe it in with --config -",
  linkInstead: "point the link at a configuration file, or name the file itself",
};

/** The names that mean standard input for `--config`. */
const STANDARD_INPUT = new Set(["-", "/dev/stdin"]);

export function isStandardInput(file: string): boolean {
  return STANDARD_INPUT.has(file);
}

/**
 * The text of a named configuration file (`--config FILE`, resolved against
 * `cwd`), or, when `readStdin` is given, of standard input for "-" and
 * "/dev/stdin" (the command line reads it so; the language server, whose
 * standard input carries the protocol, never does). Throws ConfigError,
 * naming the file as the user wrote it.
 */
export function readConfigText(file: string, cwd: string, readStdin?: () => Uint8Array): string {
  const cannot = (reason: string) => new ConfigError(`cannot read the configuration '${file}': ${reason}`);
  if (readStdin && isStandardInput(file)) {
    let bytes: Uint8Array;
    try {
      bytes = readStdin();
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw cannot(describeFsError(error));
    }
    if (bytes.length > MAX_CONFIG_BYTES) throw cannot(`standard input holds more than the ${MAX_CONFIG_BYTES / 1048576} MiB a configuration may be`);
    return Buffer.from(bytes).toString("utf8");
  }
  const read = readFileWithinLimit(path.resolve(cwd, file), MAX_CONFIG_BYTES, CONFIG_WORDS);
  if ("problem" in read) throw cannot(read.problem.reason === "no such file or folder" ? "no such file" : read.problem.reason);
  return read.bytes.toString("utf8");
}

/**
 * Standard input, read to its end (at most one byte past the limit), without
 * making a stream of it. Refused when it is a terminal: the command would
 * wait for the user to type a configuration.
 */
export function readStandardInput(): Uint8Array {
  if (isatty(0)) {
    throw new ConfigError("--config - reads the configuration from standard input, which is a terminal: pipe it in (--config - < micicrc.json) or name the file");
  }
  try {
    return readAll(0);
  } catch (error) {
    // Standard input left non-blocking by whoever started us: open it
    // again, which gives a blocking descriptor of the same pipe or file.
    if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
    const fd = openSync("/dev/stdin", "r");
    try {
      return readAll(fd);
    } finally {
      closeSync(fd);
    }
  }
}

function readAll(fd: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_CONFIG_BYTES) break;
  }
  return Buffer.concat(chunks);
}

export class ConfigFiles {
  private readonly byFolder = new Map<string, Config | undefined>();
  private readonly byFile = new Map<string, Config>();
  private readonly pathByFolder = new Map<string, string | undefined>();

  /** The configuration for a plan file, or undefined when none applies. Throws ConfigError. */
  forFile(file: string): Config | undefined {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  /**
   * Reads one named configuration file (the editor's `micic.configFile`),
   * resolved against `cwd` and named in messages as the user wrote it.
   * Throws ConfigError.
   */
  load(file: string, cwd = process.cwd()): Config {
    const absolute = path.resolve(cwd, file);
    let config = this.byFile.get(absolute);
    if (!config) {
      config = parseConfig(readConfigText(file, cwd), file, micicConfig);
      this.byFile.set(absolute, config);
    }
    return config;
  }

  /**
   * The path of the `.micicrc.json` that applies to a plan file, without
   * reading it; undefined when none does.
   */
  pathFor(file: string): string | undefined {
    return this.configPathIn(path.dirname(path.resolve(file)));
  }

  /** Forgets what was read (the language server calls this when a config changes). */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
    this.pathByFolder.clear();
  }

  private forFolder(folder: string): Config | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const file = this.configPathIn(folder);
    const config = file === undefined ? undefined : this.load(file);
    this.byFolder.set(folder, config);
    return config;
  }

  /** The nearest `.micicrc.json` in `folder` or above it. */
  private configPathIn(folder: string): string | undefined {
    if (this.pathByFolder.has(folder)) return this.pathByFolder.get(folder);
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let found: string | undefined;
    if (exists(candidate)) {
      // Whatever it is: a named pipe or a folder of that name is refused
      // when it is read, not passed over for a configuration further up.
      found = candidate;
    } else {
      const parent = path.dirname(folder);
      found = parent === folder ? undefined : this.configPathIn(parent);
    }
    this.pathByFolder.set(folder, found);
    return found;
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
