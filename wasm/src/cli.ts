#!/usr/bin/env node
// The `fitplan` command (package.json "bin": dist/cli.js): the process's streams around main().
// The CLI itself is cli/: flags.ts (the flag table: parsing, value checks, help lines, API field ->
// flag), commands.ts (each command's help prose and run), requests.ts (flags -> API requests),
// report.ts (the text it prints) and main.ts (one command line -> exit status).
import { main } from './cli/main.js';

// `fitplan ... | head`: the reader went away; stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
