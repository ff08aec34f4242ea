// The last failed history write (src/history/errors.ts), shown in the popup and on the options page until the
// user dismisses it: saves happen in the background, where a full storage would otherwise go unnoticed.
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../i18n/ui';
import { dismissHistoryError, lastHistoryError, type HistoryError } from '../history/errors';

export function HistoryErrorNotice(props: { strings: UiStrings; locale: string; refresh?: unknown }) {
  const [error, setError] = useState<HistoryError | null>(null);
  useEffect(() => {
    void lastHistoryError().then(setError);
  }, [props.refresh]);
  if (!error) return null;
  return (
    <div class="notice error" role="alert" data-testid="history-error">
      <p>{props.strings.historyError(new Date(error.at).toLocaleString(props.locale), error.message)}</p>
      <button
        type="button"
        onClick={async () => {
          await dismissHistoryError();
          setError(null);
        }}
      >
        {props.strings.dismiss}
      </button>
    </div>
  );
}
