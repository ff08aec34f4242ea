// `nianbao-check audit …`: parse the arguments, run the batch, say where the outputs are. Exit 0 when every input
// was processed (whatever it found), 2 on a usage error.
import { HELP, parseCommand } from './args';
import { DEFAULT_POLICY } from './fetch';
import { UsageError } from './inputs';
import { runAudit } from './run';

declare const __CLI_VERSION__: string;
declare const __CLI_HOMEPAGE__: string;

export async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`nianbao-check: ${error.message}\n\n${HELP}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  try {
    const { rows, skipped } = await runAudit(command.args, {
      workerScript: new URL('./worker.mjs', import.meta.url),
      fetchPolicy: { ...DEFAULT_POLICY, userAgent: `nianbao-check/${__CLI_VERSION__} (+${__CLI_HOMEPAGE__})` },
    });
    const count = (status: string) => rows.filter((row) => row.json.page.status === status).length;
    process.stdout.write(
      `${rows.length} inputs: ${count('tables')} reports with tables, ${count('unreadable')} unreadable, ` +
        `${rows.length - count('tables') - count('unreadable')} without readable tables` +
        `${skipped ? `, ${skipped} unchanged (--resume)` : ''}\n→ ${command.args.out}/summary.csv, ${command.args.out}/index.html\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`nianbao-check: ${error.message}\n`);
    return 2;
  }
}
