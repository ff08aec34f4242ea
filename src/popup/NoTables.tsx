// A report without checkable tables: why (images, attachments, a pre-2019 free-form table) and its attachments.
import type { Locale } from '../i18n/labels';
import { UI } from '../i18n/ui';
import { CHECKER_LINKS, isCheckableAttachment, openChecker } from '../ui/checker-link';
import type { ReportState } from './report-state';

export function NoTables(props: { json: ReportState['json']; locale: Locale }) {
  const strings = UI[props.locale];
  const { page } = props.json;
  return (
    <section class="notice" data-testid="no-tables">
      <p>{page.status === 'no-html-tables' ? strings.noHtmlTables : strings.nonstandardTables}</p>
      {page.images > 0 && <p>{strings.images(page.images)}</p>}
      {page.attachments.length > 0 && (
        <>
          <h3>{strings.attachments}</h3>
          <ul data-testid="attachments">
            {page.attachments.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.text || a.url}
                </a>
                {isCheckableAttachment(a.url) && (
                  <>
                    {' '}
                    <button type="button" class="link" data-testid="check-attachment" onClick={() => void openChecker(a.url)}>
                      {CHECKER_LINKS[props.locale].checkAttachment}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

