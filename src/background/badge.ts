// The per-tab badge: the number the reader chose (badge-text.ts), with a tooltip that says what
// it counts. The content script sends the page's counts; the choice is read here, at each change.
import browser from '../shared/browser';
import { words } from '../shared/i18n';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { badgeText, badgeTitle, type PageCounts } from './badge-text';

const BADGE_COLOR = '#1d3a5f';

export async function setBadge(tabId: number, counts: PageCounts): Promise<void> {
  const mode = await loadSettings(browser.storage).then(
    (r) => r.settings.badge,
    () => DEFAULT_SETTINGS.badge,
  );
  const action = browser.action;
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await action.setBadgeText({ tabId, text: badgeText(mode, counts) });
  await action.setTitle({ tabId, title: badgeTitle(words, mode, counts) });
}
