// The verdict in two seconds: one sentence, the counts by outcome, and the counts by table.
import { groupOf } from '../check/engine';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import type { ReportState } from './report-state';
const OUTCOMES = ['fail', 'warn', 'review'] as const;
const GROUPS = ['activeDisclosure', 'applications', 'reviewLitigation', 'narrative'] as const;

function Counts(props: { summary: ReportState['json']['summary']; locale: Locale }) {
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

function verdict(report: Pick<ReportState, 'json'>, locale: Locale): string {
  const strings = UI[locale];
  const { fail, warn, review } = report.json.summary;
  if (fail > 0) return strings.verdictFail(fail);
  if (review > 0) return strings.verdictReview;
  if (warn > 0) return strings.verdictWarn;
  return strings.verdictPass;
}

/** Also shown by the file checker page, which has no tab: only the JSON and the findings are read. */
export function Summary(props: { state: Pick<ReportState, 'json' | 'findings'>; locale: Locale }) {
  const { state, locale } = props;
  const strings = UI[locale];
  const { json } = state;
  const perTable = GROUPS.map((group) => ({
    group,
    counts: OUTCOMES.map((outcome) => state.findings.filter((item) => groupOf(item) === group && item.outcome === outcome).length),
  }));
  return (
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
    </>
  );
}
