#!/usr/bin/env node
/** sitrep command-line entry. Exit codes: 0 all succeeded, 2 some inputs failed, 1 usage error. */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('sitrep')
    .description('Turn news articles into geocoded, time-resolved political-violence event records with evidence.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; everything else is a usage error
      process.exitCode = err.exitCode === 0 ? 0 : 1;
      return;
    }
    process.stderr.write(`sitrep: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}

main();
