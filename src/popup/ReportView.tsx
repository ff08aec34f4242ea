// A report on the tab: its agency and year, the summary, the findings by table, the cross-year line, the actions
// and the switches.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { Actions } from './Actions';
import { sendToFrame, type TabState } from './connect';
import type { ReportState } from './report-state';
import { CrossYearLine } from './CrossYearLine';
import { FindingList, type Filter } from './FindingList';
import { NoTables } from './NoTables';
import { Summary } from './Summary';

export function ReportView(props: { state: ReportState; locale: Locale; onChange: (state: TabState) => void }) {
  const { state, locale } = props;
  const strings = UI[locale];
  const [filter, setFilter] = useState<Filter>('all');
  const { json } = state;
  const send = async (request: Parameters<typeof sendToFrame>[2]) => {
    const next = await sendToFrame(state.tabId, state.frameId, request);
    if (next) props.onChange({ ...(next as ReportState), tabId: state.tabId, frameId: state.frameId });
  };
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
          <Summary state={state} locale={locale} />
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
      {json.page.status === 'tables' && <CrossYearLine state={state} locale={locale} onImported={() => send({ type: 'nbc:rescan' })} />}
      <Actions json={json} locale={locale} />
      <div class="switches">
        <label>
          <input type="checkbox" data-testid="overlay-toggle" checked={state.overlay} onChange={(e) => send({ type: 'nbc:overlay', on: e.currentTarget.checked })} />
          {strings.overlayToggle}
        </label>
        <label title={strings.blanksAsZeroNote}>
          <input type="checkbox" data-testid="blanks-as-zero" checked={state.blanksAsZero} onChange={(e) => send({ type: 'nbc:options', blanksAsZero: e.currentTarget.checked })} />
          {strings.blanksAsZero}
        </label>
        <button type="button" onClick={() => send({ type: 'nbc:rescan' })}>
          {strings.rescan}
        </button>
      </div>
    </main>
  );
}

