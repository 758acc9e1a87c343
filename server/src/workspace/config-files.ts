/**
 * Finding `.micicrc.json` for a plan on disk: the nearest one in the plan's
 * folder or above it wins, whole (nothing is merged across folders, so what
 * applies to a plan is always one file a reader can open).
 * Shared by the CLI and the language server; results are cached per folder.
 */
import { readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { ConfigError, CONFIG_FILE_NAME, parseConfig, type Config } from "../core/config";

export class ConfigFiles {
  private readonly byFolder = new Map<string, Config | undefined>();
  private readonly byFile = new Map<string, Config>();

  /** The configuration for a plan file, or undefined when none applies. Throws ConfigError. */
  forFile(file: string): Config | undefined {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  /**
   * Reads one named configuration file (`--config FILE`), resolved against
   * `cwd` and named in messages as the user wrote it. Throws ConfigError.
   */
  load(file: string, cwd = process.cwd()): Config {
    const absolute = path.resolve(cwd, file);
    let config = this.byFile.get(absolute);
    if (!config) {
      let text: string;
      try {
        text = readFileSync(absolute, "utf8");
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new ConfigError(`cannot read the configuration '${file}': ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
      }
      config = parseConfig(text, file);
      this.byFile.set(absolute, config);
    }
    return config;
  }

  /** Forgets what was read (the language server calls this when a config changes). */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  private forFolder(folder: string): Config | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let config: Config | undefined;
    if (isFile(candidate)) {
      config = this.load(candidate);
    } else {
      const parent = path.dirname(folder);
      config = parent === folder ? undefined : this.forFolder(parent);
    }
    this.byFolder.set(folder, config);
    return config;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
