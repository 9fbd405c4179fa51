#!/usr/bin/env node
// The `roseup-feed` executable (package.json `bin`): runs the command, sets the exit status.
import { main } from './main.js';

main(process.argv.slice(2), {
  log: (message) => process.stdout.write(`${message}\n`),
  warn: (message) => process.stderr.write(`${message}\n`),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`roseup-feed: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
