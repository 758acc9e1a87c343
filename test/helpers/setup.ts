// Mocha setup, loaded before every test file (see .mocharc.json).
import { readFileSync } from "node:fs";

// The bundle gets the version from esbuild's `define`; tests run the sources,
// so give them the same value.
(globalThis as Record<string, unknown>).MICIC_VERSION = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
).version;
