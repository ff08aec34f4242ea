// Which earlier report the cross-year rules compared with, or which one would enable them (with an import button).
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { ImportButton } from '../ui/ImportButton';
import type { ReportState } from './report-state';

export function CrossYearLine(props: { state: ReportState; locale: Locale; onImported: () => void }) {
  const strings = UI[props.locale];
  const { previous, wanted } = props.state.crossYear;
  if (!previous && !wanted) return null;
  return (
    <div class="cross-year" data-testid="cross-year">
      <p>{previous ? strings.crossYearCompared(previous.year, previous.agency) : strings.crossYearWanted(wanted!.year, wanted!.agency)}</p>
      {/* Which stored page last year's figures came from: a copy seen on another site is recognisable here. */}
      {previous && (
        <p class="detail" data-testid="cross-year-url">
          {previous.url}
        </p>
      )}
      {!previous && <ImportButton label={strings.importPrevious} testId="import-previous" strings={strings} onImported={props.onImported} />}
    </div>
  );
}
