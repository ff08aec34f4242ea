// A file picker that imports report JSON exported by this extension (popup and options page), with its progress
// and outcome — including a storage that refused the write — in a status line next to it.
import { useState } from 'preact/hooks';
import type { UiStrings } from '../i18n/ui';
import { importReportFile, type ImportResult } from './importReport';

function resultText(result: ImportResult, strings: UiStrings): string {
  if (result.kind === 'invalid') return strings.importFailed;
  if (result.kind === 'failed') return strings.storageFailed(result.message);
  return strings.importedCount(result.saved, result.unchanged, result.rejected);
}

export function ImportButton(props: { label: string; testId: string; strings: UiStrings; onImported: () => void }) {
  const [status, setStatus] = useState('');
  return (
    <label class="import">
      {props.label}{' '}
      <input
        type="file"
        accept="application/json,.json"
        data-testid={props.testId}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          const result = await importReportFile(file, (done, total) => setStatus(props.strings.importProgress(done, total)));
          setStatus(resultText(result, props.strings));
          if (result.kind === 'imported') props.onImported();
        }}
      />{' '}
      <span role="status" data-testid={`${props.testId}-status`}>
        {status}
      </span>
    </label>
  );
}
