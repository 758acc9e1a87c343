/**
 * A worker thread of `micic-plan check`: checks the files it is given and
 * posts back what it found (see check-files.ts). Started by main.ts when
 * there are many files, one worker per core but one.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFiles, type CheckFilesOptions } from "./check-files";

const { files, options } = workerData as { files: string[]; options: CheckFilesOptions };
checkFiles(files, options).then(
  (outcomes) => parentPort!.postMessage({ outcomes }),
  (error: unknown) => parentPort!.postMessage({ error: (error as Error)?.message ?? String(error) }),
);
