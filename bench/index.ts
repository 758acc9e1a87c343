/**
 * `npm run bench`: the figures behind the speed and memory targets, as
 * tables. Run on a quiet machine; shared machines vary by a factor of two
 * from one run to the next, so compare runs made together.
 */
import { cpus, totalmem } from "node:os";
import { benchLsp } from "./lsp";
import { table } from "./stats";

console.log(`# micic-plan benchmarks\n\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);

const lsp = await benchLsp();
console.log(`## Language server, generated plan of ${lsp.lines.toLocaleString("en")} lines (ms)\n`);
console.log(table(["request", "n", "median", "p95", "target"], lsp.rows));
console.log(`\nserver resident memory after the run: ${lsp.rssMb.toFixed(0)} MB (target < 150 MB)`);
