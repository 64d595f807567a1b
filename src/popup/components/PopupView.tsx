// The whole popup as a pure view of (state, site, actions): no browser API here.
import { t, tn } from '../../shared/i18n';
import type { PageState } from '../../shared/messages';
import type { PopupActions } from '../connector';
import type { SiteInfo } from '../site';
import { EmptyState } from './EmptyState';
import { findings } from '../findings';
import { FiguresSection } from './FiguresSection';
import { GroupsSection } from './GroupsSection';
import { Overview } from './Overview';
import { RepeatsSection } from './RepeatsSection';
import { SiteControls } from './SiteControls';

export interface PopupViewProps {
  state: PageState | null;
  actions: PopupActions | null;
  /** The tab's site, when the popup may know it (null on browser pages, or before it is known). */
  site?: SiteInfo | null;
  /** The reader's Wikipedia setting (off by default). */
  wikipediaLookups?: boolean;
  /** What the reader marked wrong on this page, as "kind:key" (wrong-marks.ts markSet). */
  marks?: ReadonlySet<string>;
}

const NO_MARKS: ReadonlySet<string> = new Set();

export function PopupView({
  state,
  actions,
  site = null,
  wikipediaLookups = false,
  marks = NO_MARKS,
}: PopupViewProps) {
  const footer = <SiteControls site={site} actions={actions} />;
  if (site?.paused) {
    return (
      <>
        <EmptyState title={t('sitePausedTitle')} detail={t('sitePausedDetail', site.host)} />
        {footer}
      </>
    );
  }
  if (!state) return <EmptyState title={t('lookingAtPage')} testId="popup-loading" />;
  if (state.status === 'no-article') {
    return (
      <>
        <EmptyState title={t('noArticleTitle')} detail={t('noArticleDetail')} />
        {footer}
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <EmptyState title={t('errorTitle')} detail={state.message} />
        {footer}
      </>
    );
  }
  if (state.status === 'analysing') {
    return <EmptyState title={state.title ?? t('readingArticle')} detail={t('readingArticle')} />;
  }
  const { report } = state;
  const { article } = report;
  const found = findings(report, state.repeats, marks);
  const page = state.address ? { address: state.address, title: article.title } : null;
  // In the order a reader acts on them: figures, groups, then the text hidden for them.
  return (
    <div class="popup">
      <header class="head">
        <h1 class="title" data-testid="article-title">
          {article.title ?? t('untitledArticle')}
        </h1>
        <p class="meta">
          {[article.siteName, article.byline].filter(Boolean).join(' · ')}
          {article.siteName || article.byline ? ' · ' : ''}
          <span data-testid="paragraph-count">{report.paragraphs.length}</span>{' '}
          {tn(report.paragraphs.length, 'paragraphWordOne', 'paragraphWordOther')}
        </p>
      </header>
      <Overview findings={found} />
      <FiguresSection findings={found} underline={state.underline} actions={actions} page={page} />
      <GroupsSection
        findings={found}
        actions={actions}
        page={page}
        wikipediaLookups={wikipediaLookups}
        highlighted={state.highlighted}
      />
      <RepeatsSection findings={found} actions={actions} page={page} />
      {footer}
    </div>
  );
}
