#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` (run by `npm install` through `prepare`).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'sos.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'sos: the command is not built yet; run `npm install` (or `npm run build`) in the project folder first.\n',
  );
  process.exit(1);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
