// The command line's arguments. A usage error exits with 2 and says what was wrong.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from './inputs';

export const HELP = `nianbao-check audit <files or folders…> --out <dir> [--jobs N] [--resume] [--urls list.txt]

年报体检（命令行）：批量核对政府信息公开工作年度报告的统计表（表二、表三、表四）。
Audits Chinese government information-disclosure annual reports in bulk.

Reads .html/.htm (any charset, GBK included), .mhtml/.mht, .pdf and .docx files, folders recursively
(.doc: save it as .docx).
Writes, in --out:
  reports/<path relative to the folder given>.json  the report JSON (the same the extension copies)
  summary.csv    one row per input (UTF-8 with BOM, opens in Excel/WPS)
  index.html     a sortable summary linking to a readable view of each report

Options:
  --out <dir>        output folder (required)
  --jobs <N>         files audited in parallel (default: the number of cores)
  --resume           skip inputs whose report JSON is newer than the input
  --urls <list.txt>  also fetch the report pages listed (one address a line), politely:
                     one request at a time per host, at least 1 s apart, robots.txt honoured
  -h, --help         this text

Exit status: 0 when every input was processed (whatever it found), 2 on a usage error.`;

export interface AuditArgs {
  inputs: string[];
  out: string;
  jobs: number;
  resume: boolean;
  urls: string | null;
}

export type Command = { kind: 'help' } | { kind: 'audit'; args: AuditArgs };

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        jobs: { type: 'string' },
        resume: { type: 'boolean', default: false },
        urls: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...inputs] = positionals;
  if (command !== 'audit') throw new UsageError(command ? `unknown command: ${command}` : 'missing command: audit');
  if (!values.out) throw new UsageError('--out <dir> is required');
  if (inputs.length === 0 && !values.urls) throw new UsageError('no files, folders or --urls given');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not ${values.jobs}`);
  return { kind: 'audit', args: { inputs, out: values.out, jobs, resume: values.resume, urls: values.urls ?? null } };
}
