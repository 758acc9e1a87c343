/**
 * Running the command for the CLI tests: in-process through the exported
 * `main`, or as a child process of the built bin (run `npm run build`
 * first). Both give an exit code, stdout and stderr.
 */
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { main } from "../../server/src/cli/main";
import { repoRoot } from "../helpers/plan";

const execFileAsync = promisify(execFile);

export const bin = path.join(repoRoot, "bin", "micic-plan.js");

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `stdin`: what standard input holds, for `--config -`. */
export async function inProcess(args: string[], cwd: string, stdin?: string): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env: {},
    ...(stdin !== undefined ? { readStdin: () => Buffer.from(stdin) } : {}),
  });
  return { code, stdout, stderr };
}

/** Killed after 30 s, so that a command that hangs fails its test instead of the whole run. */
export async function childProcess(args: string[], cwd: string, stdin?: string): Promise<Outcome> {
  const running = execFileAsync(process.execPath, [bin, ...args], { cwd, timeout: 30_000, env: { ...process.env, NO_COLOR: "" } });
  if (stdin !== undefined) running.child.stdin!.end(stdin);
  try {
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    if (e.killed) throw new Error(`micic-plan ${args.join(" ")} hung and was killed`, { cause: error });
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs both ways and returns the in-process outcome, after checking the child process gave the same. */
export async function both(args: string[], cwd: string, stdin?: string): Promise<Outcome> {
  const a = await inProcess(args, cwd, stdin);
  const b = await childProcess(args, cwd, stdin);
  return assertSame(a, b);
}

function assertSame(a: Outcome, b: Outcome): Outcome {
  if (a.code !== b.code || a.stdout !== b.stdout || a.stderr !== b.stderr) {
    throw new Error(`in-process and child process differ:\n${JSON.stringify(a, null, 1)}\n${JSON.stringify(b, null, 1)}`);
  }
  return a;
}
