// The whole popup as a pure view of (state, site, actions): no browser API here.
import { t, tn } from '../../shared/i18n';
import type { PageState } from '../../shared/messages';
import type { PopupActions } from '../connector';
import type { SiteInfo } from '../site';
import { EmptyState } from './EmptyState';
import { FiguresSection } from './FiguresSection';
import { GroupsSection } from './GroupsSection';
import { RepeatsSection } from './RepeatsSection';
import { SiteControls } from './SiteControls';

export interface PopupViewProps {
  state: PageState | null;
  actions: PopupActions | null;
  /** The tab's site, when the popup may know it (null on browser pages, or before it is known). */
  site?: SiteInfo | null;
  /** The reader's Wikipedia setting (off by default). */
  wikipediaLookups?: boolean;
}

export function PopupView({
  state,
  actions,
  site = null,
  wikipediaLookups = false,
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
      <RepeatsSection repeats={state.repeats} actions={actions} />
      <FiguresSection figures={report.figures} underline={state.underline} actions={actions} />
      <GroupsSection
        entities={report.entities}
        actions={actions}
        wikipediaLookups={wikipediaLookups}
      />
      {footer}
    </div>
  );
}
