import type { Locale } from '../i18n/labels';
import { formatMessage } from '../i18n/messages';
import { UI } from '../i18n/popup';
import type { ContentState } from '../messages';

type Report = Extract<ContentState, { kind: 'report' }>;
type Item = Report['findings'][number];
export type Filter = 'all' | 'fail' | 'warn' | 'review';

const GROUP_ORDER = ['activeDisclosure', 'applications', 'reviewLitigation', 'narrative', 'other'];

/** 表二/三/四 by the cell a finding names; prose and report-text checks under 正文; a missing table under its own table. */
export function groupOf(item: Item): string {
  if (item.rule.startsWith('narrative.') || item.rule.startsWith('report.')) return 'narrative';
  if (item.rule === 'table.missing') return String(item.data.table);
  return item.cells[0]?.table ?? 'other';
}

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
              {items.map(({ item, index }) => (
                <li key={index} data-outcome={item.outcome}>
                  <button
                    type="button"
                    class="finding"
                    data-testid="finding"
                    data-rule={item.rule}
                    title={item.cells.length || item.sentence ? strings.jumpTo : undefined}
                    onClick={() => props.onJump(index)}
                  >
                    <span class={`tag ${item.outcome}`}>{strings[`outcome_${item.outcome}`]}</span>
                    <span class="message">{formatMessage(props.locale, item.key, item.data)}</span>
                    {item.hint && <span class="hint">{formatMessage(props.locale, item.hint.key, item.hint.data)}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
