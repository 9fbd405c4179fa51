/**
 * The `roseup-feed` command's dispatch (the executable is bin.ts). Node only: nothing in the browser code imports
 * src/cli. Exit status 0 on success, 1 on any error (usage, malformed corpus, invalid feed).
 */
import { parseArgs } from 'node:util';
import { runBuild } from './build-command.js';
import { CorpusError } from './corpus.js';
import { OutputError } from './output-tree.js';
import { USAGE, UsageError, type Output } from './usage.js';
import { runValidate } from './validate-command.js';

export async function main(argv: readonly string[], output: Output): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'build') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { out: { type: 'string' }, 'base-url': { type: 'string' }, now: { type: 'string' }, 'max-shard-kb': { type: 'string' } },
      });
      return await runBuild({ corpus: positionals, out: values.out, baseUrl: values['base-url'], now: values.now, maxShardKb: values['max-shard-kb'] }, output);
    }
    if (command === 'validate') {
      const { positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: {} });
      if (positionals.length !== 1) throw new UsageError('validate takes one URL or file');
      return await runValidate(positionals[0], output);
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      output.log(USAGE);
      return 0;
    }
    throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      output.warn(`roseup-feed: ${(error as Error).message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof CorpusError || error instanceof OutputError) {
      output.warn(`roseup-feed: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}
