// The toolbar popup: verdict in two seconds, data in one click. This file holds the popup's states (loading, a
// page where nothing can run, no report, an error, a report) and its top bar.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { getSetting, setSetting } from '../settings';
import { CHECKER_LINKS, isPdfUrl, openChecker } from '../ui/checker-link';
import { loadTabState, resolveTabId, type TabState, type TargetTab } from './connect';
import { ReportView } from './ReportView';
import { HistoryErrorNotice } from '../ui/HistoryErrorNotice';

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
          <button type="button" class="link" data-testid="open-checker" onClick={() => void openChecker()}>
            {CHECKER_LINKS[locale].checkFiles}
          </button>{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {strings.options}
          </button>{' '}
          <button type="button" class="lang" onClick={switchLocale}>
            {strings.language}
          </button>
        </span>
      </div>
      <HistoryErrorNotice strings={strings} locale={locale} />
      {isPdfUrl(tab?.url) && (
        <button type="button" class="primary" data-testid="check-pdf" onClick={() => void openChecker(tab!.url)}>
          {CHECKER_LINKS[locale].checkPdf}
        </button>
      )}
      {state.kind === 'loading' && <p class="notice">{strings.loading}</p>}
      {state.kind === 'restricted' && <p class="notice" data-testid="restricted">{strings.restricted}</p>}
      {(state.kind === 'none' || state.kind === 'silent' || state.kind === 'pageLoading') && (
        <div class="notice" data-testid={state.kind === 'pageLoading' ? 'pageLoading' : 'no-report'}>
          <p>{state.kind === 'pageLoading' ? strings.pageLoading : strings.noReport}</p>
          {state.kind === 'silent' && <p data-testid="reload-hint">{strings.reloadHint}</p>}
          {state.kind === 'silent' && state.fileUrl && <p>{strings.fileAccess}</p>}
          <button type="button" onClick={() => load()}>
            {strings.rescan}
          </button>
        </div>
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
