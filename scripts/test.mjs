// Runs the tests that need no browser: every test file, or only the files
// (and mocha options) given after `--`: `npm test -- test/unit/lexer.test.ts`.
// The files are not in .mocharc.json, because mocha adds the files it is
// given to those of its configuration (`npx mocha FILE` ran every test);
// without them there, `npx mocha FILE` runs FILE alone too.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

export const ALL_TESTS = ["test/unit/**/*.test.ts", "test/cli/**/*.test.ts", "test/lsp/**/*.test.ts", "server/src/**/*.test.ts"];

const args = process.argv.slice(2);
// A file or pattern among the arguments (not an option, nor an option's value
// such as `--grep lexer`) chooses the files.
const optionsWithValue = new Set(["--grep", "-g", "--fgrep", "-f", "--reporter", "-R", "--timeout", "-t", "--slow", "-s", "--require", "-r", "--ignore"]);
const files = args.filter((arg, i) => !arg.startsWith("-") && !optionsWithValue.has(args[i - 1]));
const mocha = createRequire(import.meta.url).resolve("mocha/bin/mocha.js");
const run = spawnSync(process.execPath, [mocha, ...(files.length > 0 ? [] : ALL_TESTS), ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
