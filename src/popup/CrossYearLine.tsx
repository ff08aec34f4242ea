// Which earlier report the cross-year rules compared with, or which one would enable them (with an import button).
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { ImportButton } from '../ui/ImportButton';
import type { ReportState } from './report-state';

export function CrossYearLine(props: { state: ReportState; locale: Locale; onImported: () => void }) {
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

