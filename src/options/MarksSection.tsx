// "Marked wrong": every check the reader marked with "Wrong?", by page, with "Undo", "Export as
// JSON" (a file saved on this computer, for the reader to send us if they wish) and "Delete all".
// Nothing here is sent anywhere.
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t, type MessageKey } from '../shared/i18n';
import {
  MARKS_PREFIX,
  deleteAllMarks,
  exportMarks,
  loadAllMarks,
  setMark,
  type MarkKind,
  type PageMarks,
} from '../shared/wrong-marks';

const KIND_LABEL: Readonly<Record<MarkKind, MessageKey>> = {
  figure: 'optMarkFigure',
  group: 'optMarkGroup',
  repeat: 'optMarkRepeat',
};

/** Saves `text` as a file through a link of this page: no download permission, no upload. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MarksSection() {
  const [pages, setPages] = useState<PageMarks[] | null>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  useEffect(() => {
    const reload = (): void => void loadAllMarks(browser.storage.local).then(setPages);
    reload();
    // The popup may mark something while this page is open.
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(MARKS_PREFIX)))
        reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!pages) return null;
  const undo = async (page: PageMarks, index: number): Promise<void> => {
    const mark = page.marks[index];
    if (!mark) return;
    await setMark(browser.storage.local, { address: page.url, title: page.title }, mark, false);
    setPages(await loadAllMarks(browser.storage.local));
  };
  return (
    <section class="card-section" aria-labelledby="opt-marks" data-testid="marks-section">
      <h2 id="opt-marks">{t('optMarksHeading')}</h2>
      <p class="quiet">{t('optMarksHint')}</p>
      {pages.length === 0 ? (
        <p class="quiet" data-testid="no-marks">
          {t('optNoMarks')}
        </p>
      ) : (
        <ul class="mark-pages">
          {pages.map((page) => (
            <li key={page.url} data-testid="marked-page">
              <p class="mark-page">
                <a href={page.url} target="_blank" rel="noopener noreferrer">
                  {page.title ?? page.url}
                </a>
              </p>
              <ul class="site-rows">
                {page.marks.map((mark, i) => (
                  <li key={`${mark.kind}:${mark.key}`} data-testid="mark">
                    <span class="mark">
                      <span class="tag">{t(KIND_LABEL[mark.kind])}</span>{' '}
                      <span class="mark-label" data-testid="mark-label">
                        {mark.label}
                      </span>
                      {mark.detail ? <span class="mark-detail">{mark.detail}</span> : null}
                    </span>
                    <button
                      type="button"
                      class="button secondary"
                      data-testid="undo-mark"
                      aria-label={t('undoLabel', mark.label)}
                      onClick={() => void undo(page, i)}
                    >
                      {t('undo')}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div class="page-foot">
        {pages.length > 0 ? (
          <>
            <button
              type="button"
              class="button"
              data-testid="export-marks"
              onClick={() => saveFile('newslens-marked-wrong.json', exportMarks(pages))}
            >
              {t('optExportMarks')}
            </button>
            <button
              type="button"
              class="button secondary"
              data-testid="delete-marks"
              onClick={() =>
                void deleteAllMarks(browser.storage.local).then(() => {
                  setPages([]);
                  setStatus('optMarksDeleted');
                })
              }
            >
              {t('optDeleteMarks')}
            </button>
          </>
        ) : null}
        <p class="quiet" role="status">
          {status ? t(status) : ''}
        </p>
      </div>
    </section>
  );
}
