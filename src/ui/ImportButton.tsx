// A file picker that imports a report JSON exported by this extension (popup and options page).
import { importReportFile } from './importReport';

export function ImportButton(props: { label: string; testId: string; onResult: (ok: boolean) => void }) {
  return (
    <label class="import">
      {props.label}{' '}
      <input
        type="file"
        accept="application/json,.json"
        data-testid={props.testId}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (file) props.onResult(await importReportFile(file));
        }}
      />
    </label>
  );
}
