// The toolbar popup: verdict in two seconds, data in one click.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/popup';
import { sendToFrame, type ContentState } from '../messages';
import { getSetting, setOverlayEnabled, setSetting } from '../settings';
import { Actions } from './Actions';
import { ImportButton } from './ImportButton';
import { FindingList, groupOf, type Filter } from './FindingList';
import { loadTabState, resolveTabId, stateShowing, type TabState, type TargetTab } from './connect';

type Report = Extract<TabState, { kind: 'report' }>;

function Counts(props: { summary: Report['json']['summary']; locale: Locale }) {
  const strings = UI[props.locale];
  return (
    <div class="counts" data-testid="counts">
      {(['fail', 'warn', 'review', 'pass'] as const).map((outcome) => (
        <span key={outcome} class={`chip ${outcome}`} data-testid={`count-${outcome}`}>
          {strings[`outcome_${outcome}`]} <b>{props.summary[outcome]}</b>
        </span>
      ))}
    </div>
  );
}

function verdict(report: Report, locale: Locale): string {
  const strings = UI[locale];
  const { fail, warn, review } = report.json.summary;
  if (fail > 0) return strings.verdictFail(fail);
  if (review > 0) return strings.verdictReview;
  if (warn > 0) return strings.verdictWarn;
  return strings.verdictPass;
}

function ReportView(props: { state: Report; locale: Locale; onChange: (state: TabState) => void }) {
  const { state, locale } = props;
  const strings = UI[locale];
  const [filter, setFilter] = useState<Filter>('all');
  const { json } = state;
  const show = (next: ContentState | undefined) => next && props.onChange({ ...next, tabId: state.tabId, frameId: state.frameId });
  const rescan = async () => show(await sendToFrame(state.tabId, state.frameId, { type: 'nbc:rescan' }));
  // Settings go to storage; the page re-checks by itself (src/content/controller.ts) and the popup shows the result.
  const setOverlay = async (on: boolean) => {
    await setOverlayEnabled(new URL(state.url).origin, on);
    show(await stateShowing(state.tabId, state.frameId, (next) => next.kind !== 'report' || next.overlay === on));
  };
  const setBlanksAsZero = async (on: boolean) => {
    await setSetting('blanksAsZero', on);
    show(await stateShowing(state.tabId, state.frameId, (next) => next.kind !== 'report' || next.blanksAsZero === on));
  };
  const OUTCOMES = ['fail', 'warn', 'review'] as const;
  const perTable = ['activeDisclosure', 'applications', 'reviewLitigation', 'narrative'].map((group) => ({
    group,
    counts: OUTCOMES.map((outcome) => state.findings.filter((item) => groupOf(item) === group && item.outcome === outcome).length),
  }));

  return (
    <main>
      <header class="report-head">
        <h1 data-testid="agency">{json.report.agency ?? json.source.title}</h1>
        <p class="meta">
          <span data-testid="year">
            {strings.year} {json.report.year ?? '—'}
          </span>{' '}
          · <span data-testid="template">{strings.templateName[json.report.template]}</span>
        </p>
        <p class="title" title={json.source.url}>
          {json.source.title}
        </p>
      </header>
      {json.page.status !== 'tables' ? (
        <NoTables json={json} locale={locale} />
      ) : (
        <>
          <p class={`verdict ${json.summary.fail ? 'fail' : 'ok'}`} data-testid="verdict">
            {verdict(state, locale)}
          </p>
          <Counts summary={json.summary} locale={locale} />
          <table class="per-table" data-testid="per-table">
            <thead>
              <tr>
                <th />
                {OUTCOMES.map((outcome) => (
                  <th key={outcome} scope="col">
                    {strings[`outcome_${outcome}`]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {perTable.map(({ group, counts }) => (
                <tr key={group}>
                  <th scope="row">{strings.groupTitle[group]}</th>
                  {counts.map((n, i) => (
                    <td key={OUTCOMES[i]} class={n > 0 ? OUTCOMES[i] : 'zero'}>
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div class="filters" role="group" aria-label={strings.filterLabel}>
            {(['all', 'fail', 'warn', 'review'] as const).map((value) => (
              <button key={value} type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}>
                {value === 'all' ? strings.filterAll : strings[`outcome_${value}`]}
              </button>
            ))}
          </div>
          <FindingList findings={state.findings} locale={locale} filter={filter} onJump={(index) => void sendToFrame(state.tabId, state.frameId, { type: 'nbc:focus', index })} />
        </>
      )}
      {json.page.status === 'tables' && <CrossYearLine state={state} locale={locale} onImported={rescan} />}
      <Actions json={json} locale={locale} />
      <div class="switches">
        <label>
          <input type="checkbox" data-testid="overlay-toggle" checked={state.overlay} onChange={(e) => void setOverlay(e.currentTarget.checked)} />
          {strings.overlayToggle}
        </label>
        <label title={strings.blanksAsZeroNote}>
          <input type="checkbox" data-testid="blanks-as-zero" checked={state.blanksAsZero} onChange={(e) => void setBlanksAsZero(e.currentTarget.checked)} />
          {strings.blanksAsZero}
        </label>
        <button type="button" onClick={rescan}>
          {strings.rescan}
        </button>
      </div>
    </main>
  );
}

function CrossYearLine(props: { state: Report; locale: Locale; onImported: () => void }) {
  const strings = UI[props.locale];
  const { previous, wanted } = props.state.crossYear;
  const [note, setNote] = useState('');
  if (!previous && !wanted) return null;
  return (
    <div class="cross-year" data-testid="cross-year">
      <p>{previous ? strings.crossYearCompared(previous.year, previous.agency) : strings.crossYearWanted(wanted!.year, wanted!.agency)}</p>
      {!previous && (
        <ImportButton
          label={strings.importPrevious}
          testId="import-previous"
          onResult={(ok) => {
            setNote(ok ? strings.imported : strings.importFailed);
            if (ok) props.onImported();
          }}
        />
      )}
      {note && <p role="status">{note}</p>}
    </div>
  );
}

function NoTables(props: { json: Report['json']; locale: Locale }) {
  const strings = UI[props.locale];
  const { page } = props.json;
  return (
    <section class="notice" data-testid="no-tables">
      <p>{page.status === 'no-html-tables' ? strings.noHtmlTables : strings.nonstandardTables}</p>
      {page.images > 0 && <p>{strings.images(page.images)}</p>}
      {page.attachments.length > 0 && (
        <>
          <h3>{strings.attachments}</h3>
          <ul data-testid="attachments">
            {page.attachments.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.text || a.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function App() {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [tab, setTab] = useState<TargetTab | null>(null);
  const strings = UI[locale];

  const load = async (target = tab) => {
    if (!target) return;
    setState({ kind: 'loading' });
    setState(await loadTabState(target));
  };
  useEffect(() => {
    void (async () => {
      setLocale(await getSetting('locale'));
      const target = await resolveTabId();
      setTab(target);
      if (!target) setState({ kind: 'restricted' });
      else await load(target);
    })();
  }, []);
  const switchLocale = async () => {
    const next: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
    setLocale(next);
    await setSetting('locale', next);
  };

  return (
    <div class="popup" lang={locale === 'zh-CN' ? 'zh-CN' : 'en'} data-state={state.kind} data-testid="popup">
      <div class="bar">
        <span class="app">{strings.appName}</span>
        <span>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {strings.options}
          </button>{' '}
          <button type="button" class="lang" onClick={switchLocale}>
            {strings.language}
          </button>
        </span>
      </div>
      {state.kind === 'loading' && <p class="notice">{strings.loading}</p>}
      {state.kind === 'restricted' && <p class="notice" data-testid="restricted">{strings.restricted}</p>}
      {(['unreachable', 'pageLoading', 'none'] as const).map(
        (kind) =>
          state.kind === kind && (
            <div key={kind} class="notice" data-testid={kind === 'none' ? 'no-report' : kind}>
              <p>{kind === 'none' ? strings.noReport : kind === 'pageLoading' ? strings.pageLoading : strings.notInjected}</p>
              {state.kind === 'unreachable' && state.fileUrl && <p>{strings.fileAccess}</p>}
              <button type="button" onClick={() => load()}>
                {strings.rescan}
              </button>
            </div>
          ),
      )}
      {state.kind === 'error' && (
        <div class="notice" data-testid="error">
          <p>{strings.scanFailed}</p>
          <p class="detail">{state.message}</p>
          <button type="button" onClick={() => load()}>
            {strings.rescan}
          </button>
        </div>
      )}
      {state.kind === 'report' && <ReportView state={state} locale={locale} onChange={setState} />}
    </div>
  );
}
