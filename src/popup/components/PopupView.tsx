// The whole popup as a pure view of (state, actions): no browser API here.
import type { PageState } from '../../shared/messages';
import type { PopupActions } from '../connector';
import { EmptyState } from './EmptyState';
import { FiguresSection } from './FiguresSection';
import { GroupsSection } from './GroupsSection';
import { RepeatsSection } from './RepeatsSection';

export interface PopupViewProps {
  state: PageState | null;
  actions: PopupActions | null;
}

export function PopupView({ state, actions }: PopupViewProps) {
  if (!state) return <EmptyState title="Looking at this page…" />;
  if (state.status === 'no-article') {
    return (
      <EmptyState
        title="No article found on this page"
        detail="Newslens works on news articles on the sites it knows. Open an article, or check the site list in the options."
      />
    );
  }
  if (state.status === 'error')
    return <EmptyState title="Something went wrong" detail={state.message} />;
  if (state.status === 'analysing') {
    return (
      <EmptyState title={state.title ?? 'Reading the article…'} detail="Reading the article…" />
    );
  }
  const { report } = state;
  const { article } = report;
  return (
    <div class="popup">
      <header class="head">
        <h1 class="title" data-testid="article-title">
          {article.title ?? 'Untitled article'}
        </h1>
        <p class="meta">
          {[article.siteName, article.byline].filter(Boolean).join(' · ')}
          {article.siteName || article.byline ? ' · ' : ''}
          <span data-testid="paragraph-count">{report.paragraphs.length}</span> paragraphs
        </p>
      </header>
      <RepeatsSection repeats={state.repeats} actions={actions} />
      <FiguresSection figures={report.figures} underline={state.underline} actions={actions} />
      <GroupsSection entities={report.entities} actions={actions} />
    </div>
  );
}
