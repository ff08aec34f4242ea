import { formatFinding, groupOf } from '../check/engine';
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import type { ContentState } from '../messages';

type Report = Extract<ContentState, { kind: 'report' }>;
type Item = Report['findings'][number];
export type Filter = 'all' | 'fail' | 'warn' | 'review';

const GROUP_ORDER = ['activeDisclosure', 'applications', 'reviewLitigation', 'narrative', 'other'];

export function FindingList(props: { findings: Item[]; locale: Locale; filter: Filter; onJump: (index: number) => void }) {
  const strings = UI[props.locale];
  const visible = props.findings.map((item, index) => ({ item, index })).filter(({ item }) => props.filter === 'all' || item.outcome === props.filter);
  if (visible.length === 0) return <p class="empty">{strings.noFindings}</p>;
  return (
    <div class="groups">
      {GROUP_ORDER.map((group) => {
        const items = visible.filter(({ item }) => groupOf(item) === group);
        if (items.length === 0) return null;
        return (
          <section key={group} aria-label={strings.groupTitle[group]}>
            <h3>
              {strings.groupTitle[group]} <span class="n">{items.length}</span>
            </h3>
            <ul>
              {items.map(({ item, index }) => {
                const { message, hint } = formatFinding(props.locale, item);
                return (
                <li key={index} data-outcome={item.outcome}>
                  <button
                    type="button"
                    class="finding"
                    data-testid="finding"
                    data-rule={item.rule}
                    title={item.cells.length ? strings.jumpTo : undefined}
                    onClick={() => props.onJump(index)}
                  >
                    <span class={`tag ${item.outcome}`}>{strings[`outcome_${item.outcome}`]}</span>
                    <span class="message">{message}</span>
                    {hint && <span class="hint">{hint}</span>}
                  </button>
                </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
