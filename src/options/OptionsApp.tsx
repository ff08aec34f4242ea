// The options page: the local history (open, delete, export, import) and the settings.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { download } from '../ui/download';
import { toCsv } from '../export/tables';
import { clearHistory, deleteEntry, historyLimitItem, listHistory, setHistoryLimit, type HistoryEntry } from '../history/store';
import { ImportButton } from '../ui/ImportButton';
import { getSetting, setSetting } from '../settings';
import { CHECKER_LINKS, openChecker } from '../ui/checker-link';

function historyCsv(entries: HistoryEntry[], locale: Locale): string {
  const s = UI[locale];
  return toCsv([
    [s.colAgency, s.colYear, 'url', s.colSaved, s.outcome_fail, s.outcome_warn, s.outcome_review, s.outcome_pass],
    ...entries.map((e) => [e.report.report.agency, e.report.report.year, e.url, e.savedAt, e.report.summary.fail, e.report.summary.warn, e.report.summary.review, e.report.summary.pass]),
  ]);
}

export function OptionsApp() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [limit, setLimit] = useState(200);
  const [settings, setSettings] = useState({ overlayDefault: true, blanksAsZero: false });
  const [status, setStatus] = useState('');
  const s = UI[locale];

  const reload = async () => {
    setEntries(await listHistory());
    setLimit(await historyLimitItem.getValue());
  };
  useEffect(() => {
    void (async () => {
      setLocale(await getSetting('locale'));
      setSettings({ overlayDefault: await getSetting('overlayDefault'), blanksAsZero: await getSetting('blanksAsZero') });
      await reload();
    })();
  }, []);

  return (
    <main lang={locale}>
      <h1>{s.appName} · {s.options}</h1>
      <p>
        <button type="button" data-testid="open-checker" onClick={() => void openChecker()}>
          {CHECKER_LINKS[locale].checkFiles}
        </button>
      </p>
      <h2>{s.historyTitle}</h2>
      <p class="note">{s.historyNote(limit)}</p>
      <div class="bar">
        <label>
          {s.historyLimit}{' '}
          <input
            type="number"
            min={1}
            max={5000}
            value={limit}
            data-testid="history-limit"
            onChange={async (e) => {
              await setHistoryLimit(Number(e.currentTarget.value));
              await reload();
            }}
          />
        </label>
        <button type="button" data-testid="export-json" onClick={() => download('nianbao-check-history.json', JSON.stringify(entries, null, 2), 'application/json')}>
          {s.exportAllJson}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => download('nianbao-check-history.csv', historyCsv(entries, locale), 'text/csv;charset=utf-8')}>
          {s.exportAllCsv}
        </button>
        <ImportButton
          label={s.importJson}
          testId="import-json"
          onResult={async (ok) => {
            setStatus(ok ? s.imported : s.importFailed);
            await reload();
          }}
        />
        <button
          type="button"
          data-testid="delete-all"
          onClick={async () => {
            if (!confirm(s.confirmDeleteAll)) return;
            await clearHistory();
            await reload();
          }}
        >
          {s.deleteAll}
        </button>
      </div>
      <p role="status">{status}</p>
      {entries.length === 0 ? (
        <p data-testid="history-empty">{s.historyEmpty}</p>
      ) : (
        <table data-testid="history">
          <thead>
            <tr>
              <th>{s.colAgency}</th>
              <th>{s.colYear}</th>
              <th>{s.colCounts}</th>
              <th>{s.colSaved}</th>
              <th>url</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.report.report.agency}</td>
                <td>{entry.report.report.year}</td>
                <td>
                  {entry.report.summary.fail} / {entry.report.summary.warn} / {entry.report.summary.review}
                </td>
                <td>{new Date(entry.savedAt).toLocaleString(locale)}</td>
                <td class="url">
                  <a href={entry.url} target="_blank" rel="noreferrer" title={entry.url}>
                    {s.open}
                  </a>{' '}
                  {entry.url}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={async () => {
                      await deleteEntry(entry.id);
                      await reload();
                    }}
                  >
                    {s.delete}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{s.settingsTitle}</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.overlayDefault}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            await setSetting('overlayDefault', on);
            setSettings({ ...settings, overlayDefault: on });
          }}
        />{' '}
        {s.overlayDefault}
      </label>
      <label title={s.blanksAsZeroNote}>
        <input
          type="checkbox"
          checked={settings.blanksAsZero}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            await setSetting('blanksAsZero', on);
            setSettings({ ...settings, blanksAsZero: on });
          }}
        />{' '}
        {s.blanksAsZero} <span class="note">{s.blanksAsZeroNote}</span>
      </label>
      <label>
        <button
          type="button"
          onClick={async () => {
            const next: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
            await setSetting('locale', next);
            setLocale(next);
          }}
        >
          {s.language}
        </button>
      </label>
    </main>
  );
}
