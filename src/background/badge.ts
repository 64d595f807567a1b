// The per-tab badge: how many repeated paragraphs Newslens hid; the tooltip says the rest.
import browser from '../shared/browser';

const BADGE_COLOR = '#1d3a5f';

export async function setBadge(tabId: number, hidden: number, unsourced: number): Promise<void> {
  const action = browser.action;
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await action.setBadgeText({ tabId, text: hidden > 0 ? String(hidden) : '' });
  const parts = [
    hidden === 1 ? '1 repeated paragraph hidden' : `${hidden} repeated paragraphs hidden`,
    unsourced === 1 ? '1 figure without a source' : `${unsourced} figures without a source`,
  ];
  await action.setTitle({ tabId, title: `Newslens: ${parts.join(' · ')}` });
}
