// Preloaded by the benchmarks (node --require): when the process ends,
// writes its resource usage (maxRSS, the peak resident memory in KB) to the
// file MICIC_BENCH_RUSAGE names, so a benchmark can read a child's peak.
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.MICIC_BENCH_RUSAGE) fs.writeFileSync(process.env.MICIC_BENCH_RUSAGE, JSON.stringify(process.resourceUsage()));
});
