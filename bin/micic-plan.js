#!/usr/bin/env node
"use strict";
// The checker's command. The code lives in the bundle that `npm install`
// builds (dist/cli.js); see README.md. It is loaded with V8's code cache,
// which starts it about 60 ms sooner (see load-with-code-cache.js).
const fs = require("node:fs");
const path = require("node:path");
const { loadWithCodeCache } = require("./load-with-code-cache.js");

const bundle = path.join(__dirname, "..", "dist", "cli.js");
let cli;
if (!fs.existsSync(bundle)) {
  process.stderr.write("micic-plan: the checker is not built: run 'npm install' (or 'npm run build') first.\n");
  process.exitCode = 2;
} else {
  try {
    cli = loadWithCodeCache(bundle);
  } catch (error) {
    process.stderr.write(`micic-plan: the checker failed to load: ${error && error.message}\n`);
    process.exitCode = 2;
  }
}
if (cli) cli.run();
