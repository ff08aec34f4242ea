// Copy JSON (exactly the contract JSON, validated first), download JSON/CSV, copy TSV.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { ReportJsonSchema, type ReportJson } from '../model/schema';
import { download } from '../ui/download';
import { tableRows, toCsv, toTsv } from '../export/tables';

type Notice = { kind: 'ok'; text: string } | { kind: 'fallback'; text: string; content: string } | { kind: 'error'; text: string } | null;

function fileStem(json: ReportJson): string {
  return [json.report.agency ?? 'report', json.report.year ?? ''].filter(Boolean).join('-');
}

export function Actions(props: { json: ReportJson; locale: Locale }) {
  const strings = UI[props.locale];
  const [notice, setNotice] = useState<Notice>(null);

  const contractText = (): string | null => {
    const checked = ReportJsonSchema.safeParse(props.json);
    if (!checked.success) {
      setNotice({ kind: 'error', text: strings.invalidJson });
      return null;
    }
    return JSON.stringify(checked.data, null, 2);
  };
  const copy = async (content: string | null) => {
    if (content === null) return;
    try {
      await navigator.clipboard.writeText(content);
      setNotice({ kind: 'ok', text: strings.copied });
    } catch {
      setNotice({ kind: 'fallback', text: strings.copyFailed, content });
    }
  };

  return (
    <div class="actions">
      <div class="buttons">
        <button type="button" class="primary" data-testid="copy-json" onClick={() => copy(contractText())}>
          {strings.copyJson}
        </button>
        <button type="button" data-testid="copy-tsv" onClick={() => copy(toTsv(tableRows(props.json, props.locale)))}>
          {strings.copyTsv}
        </button>
        <button
          type="button"
          data-testid="download-json"
          onClick={() => {
            const text = contractText();
            if (text) download(`${fileStem(props.json)}.json`, text, 'application/json');
          }}
        >
          {strings.downloadJson}
        </button>
        <button type="button" data-testid="download-csv" onClick={() => download(`${fileStem(props.json)}.csv`, toCsv(tableRows(props.json, props.locale)), 'text/csv;charset=utf-8')}>
          {strings.downloadCsv}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="notice" class={notice?.kind ?? ''}>
        {notice?.text}
      </div>
      {notice?.kind === 'fallback' && (
        <textarea class="fallback" readOnly rows={6} ref={(el) => el?.select()} value={notice.content} aria-label={strings.copyFailed} />
      )}
    </div>
  );
}
