#!/usr/bin/env node
"use strict";
// The checker's command. The code lives in the bundle that `npm install`
// builds (dist/cli.js); see README.md.
let cli;
try {
  cli = require("../dist/cli.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).startsWith("Cannot find module '../dist/cli.js'")) {
    process.stderr.write("micic-plan: the checker is not built: run 'npm install' (or 'npm run build') first.\n");
  } else {
    process.stderr.write(`micic-plan: the checker failed to load: ${error && error.message}\n`);
  }
  process.exitCode = 2;
}
if (cli) cli.run();
