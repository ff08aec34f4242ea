// The file checker page (checker.html): PDF and Word reports chosen, dropped or named by ?url=, read on this
// computer, shown with their marks, the popup's summary, finding list and copy/download buttons.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AdapterError, type DocumentInput } from '../adapters/types';
import type { AnalyseDocument, BatchInput } from '../batch/runner';
import type { CheckInput, CheckOptions } from '../check/types';
import type { Locale } from '../i18n/labels';
import { Actions } from '../popup/Actions';
import { FindingList } from '../popup/FindingList';
import { Summary } from '../popup/Summary';
import { getSetting } from '../settings';
import { batchAnalyser } from './batch/analyse';
import { BatchView } from './batch/BatchView';
import { batchInputs } from './batch/files';
import { FolderInput } from './batch/FolderInput';
import type { BatchRow } from './batch/table';
import { DocxView } from './DocxView';
import { fetchFile, loadFile, type CheckerEnv, type LoadedFile } from './load';
import { PdfView } from './PdfView';
import { pdfMarks } from './pdf-marks';
import { CHECKER } from './strings';

type Entry =
  | { name: string; state: 'reading' }
  | { name: string; state: 'error'; error: { code: string; zh: string; en: string } }
  | { name: string; state: 'done'; file: LoadedFile };

function describeError(error: unknown): { code: string; zh: string; en: string } {
  if (error instanceof AdapterError) return { code: error.code, zh: error.zh, en: error.en };
  const text = error instanceof Error ? error.message : String(error);
  return { code: 'failed', zh: `读取失败：${text}`, en: `Reading failed: ${text}` };
}

async function inputOf(file: File): Promise<DocumentInput> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function FileView(props: { file: LoadedFile; locale: Locale }) {
  const { file, locale } = props;
  const strings = CHECKER[locale];
  const [focus, setFocus] = useState<((index: number) => void) | null>(null);
  const register = (fn: (index: number) => void) => {
    setFocus(() => fn);
    performance.mark('nbc:marks-drawn');
  };
  const { analysis } = file;
  const report = analysis && analysis.json.page.status === 'tables' ? analysis : null;
  return (
    <div class="result">
      <aside class="panel">
        {report ? (
          <>
            <h1 data-testid="agency">{report.json.report.agency ?? report.json.source.title}</h1>
            <p class="meta" data-testid="year">{report.json.report.year ?? '—'}</p>
            <Summary state={{ json: report.json, findings: report.result.findings }} locale={locale} />
            <FindingList findings={report.result.findings} locale={locale} filter="all" onJump={(index) => focus?.(index)} />
            <Actions json={report.json} locale={locale} />
          </>
        ) : (
          <p class="notice" data-testid="not-report">{strings.notReport}</p>
        )}
      </aside>
      {file.kind === 'pdf' ? (
        <PdfView pdf={file.pdf} {...(report ? pdfMarks(report, file.document.cells, locale) : { marks: [], primary: [] })} locale={locale} onDrawn={register} />
      ) : (
        <DocxView dom={file.dom} cells={file.document.cells} analysis={report} locale={locale} onDrawn={register} />
      )}
    </div>
  );
}

export function CheckerApp(props: { env: CheckerEnv }) {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [current, setCurrent] = useState(0);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [batch, setBatch] = useState<{ inputs: BatchInput[]; analyse: AnalyseDocument; options: CheckOptions } | null>(null);
  const strings = CHECKER[locale];

  // `previousYear`: a batch row checked against the same agency's report of the year before opens with it too.
  const open = async (inputs: Promise<DocumentInput>[], names: string[], previousYear: CheckInput['previousYear'] = null) => {
    const first = entries.length;
    setEntries((list) => [...list, ...names.map((name) => ({ name, state: 'reading' as const }))]);
    setCurrent(first);
    const options = { blanksAsZero: await getSetting('blanksAsZero'), previousYear };
    for (const [offset, pending] of inputs.entries()) {
      let entry: Entry;
      try {
        entry = { name: names[offset]!, state: 'done', file: await loadFile(await pending, props.env, options) };
      } catch (error) {
        entry = { name: names[offset]!, state: 'error', error: describeError(error) };
      }
      setEntries((list) => list.map((old, index) => (index === first + offset ? entry : old)));
    }
  };
  // Several files, or a folder, are a batch (src/checker/batch); one file opens its view.
  const openBatch = async (files: File[]) => {
    const options = { blanksAsZero: await getSetting('blanksAsZero') };
    setBatch({ inputs: batchInputs(files), analyse: batchAnalyser(props.env, options), options });
  };
  const openFiles = (files: FileList | null) => {
    // npm run bench times from here to 'nbc:marks-drawn' (scripts/bench-pdf.mjs).
    performance.mark('nbc:file-chosen');
    const list = Array.from(files ?? []);
    if (list.length > 1) void openBatch(list);
    else if (list.length === 1) void open(list.map(inputOf), list.map((file) => file.name));
  };
  const openRow = ({ index, entry }: BatchRow) => {
    const input = batch!.inputs[index]!;
    const previous = entry.outcome.kind === 'report' ? entry.outcome.previous : null;
    void open([input.load().then((bytes) => ({ name: input.path, bytes }))], [input.path], previous?.json ?? null);
  };
  const openUrl = (url: string) => {
    setBlocked(null);
    const pending = fetchFile(url).catch((error: unknown) => {
      if (!(error instanceof AdapterError)) setBlocked(url);
      throw error instanceof AdapterError ? error : new AdapterError('corrupt', CHECKER['zh-CN'].fetchFailed(url), CHECKER.en.fetchFailed(url));
    });
    void open([pending], [url]);
  };
  // The optional host permission for the attachment's origin, asked at the click (no install-time permission).
  const allow = async (url: string) => {
    const origin = new URL(url).origin;
    if (await browser.permissions.request({ origins: [`${origin}/*`] })) openUrl(url);
  };

  useEffect(() => {
    void getSetting('locale').then(setLocale);
    const url = new URLSearchParams(location.search).get('url');
    if (url && /^(https?|file):/i.test(url)) openUrl(url);
  }, []);

  const entry = entries[current];
  return (
    <div
      class="checker"
      lang={locale}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        openFiles(event.dataTransfer?.files ?? null);
      }}
    >
      <header class="top">
        <h1>{strings.title}</h1>
        <p>{strings.intro}</p>
        <label class="choose">
          {strings.choose}
          <input type="file" data-testid="file-input" multiple accept=".pdf,.docx,.doc,.html,.htm,.mhtml,.mht,application/pdf" onChange={(event) => openFiles(event.currentTarget.files)} />
        </label>{' '}
        <FolderInput locale={locale} onFiles={(files) => void openBatch(files)} />{' '}
        <span class="drop">{strings.drop}</span>
        {entries.length > 1 && (
          <nav aria-label={strings.files}>
            {entries.map((item, index) => (
              <button key={index} type="button" aria-pressed={index === current} onClick={() => setCurrent(index)}>
                {item.name}
              </button>
            ))}
          </nav>
        )}
      </header>
      {batch && <BatchView inputs={batch.inputs} analyse={batch.analyse} check={batch.options} onOpen={openRow} locale={locale} />}
      {entry?.state === 'reading' && <p class="notice" data-testid="reading">{strings.reading(entry.name)}</p>}
      {entry?.state === 'error' && (
        <div class="notice error" data-testid="error" data-code={entry.error.code}>
          <p>{locale === 'zh-CN' ? entry.error.zh : entry.error.en}</p>
          {blocked && (
            <button type="button" data-testid="allow-origin" onClick={() => void allow(blocked)}>
              {strings.allowOrigin(new URL(blocked).origin)}
            </button>
          )}
        </div>
      )}
      {entry?.state === 'done' && <FileView key={current} file={entry.file} locale={locale} />}
    </div>
  );
}
