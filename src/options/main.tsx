// Options: each setting, stored in storage.sync with a schema version (see shared/settings.ts),
// the sites (the default news sites, read-only; the ones the reader added; the paused ones), and
// what the reader marked wrong (MarksSection).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import newsSites from '../../manifest/news-sites.json';
import browser from '../shared/browser';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { sendToBackground } from '../shared/send';
import {
  BADGE_COUNTS,
  DEFAULT_SETTINGS,
  type BadgeCounts,
  type Settings,
} from '../shared/settings';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store';
import { endLookups, permissionOrigin } from '../shared/wikipedia';
import { MarksSection } from './MarksSection';

const SETTING_LABEL: Record<keyof Settings, MessageKey> = {
  version: 'optionsTitle',
  hideRepeats: 'optHideRepeats',
  hiddenStyle: 'optHiddenStyle',
  underlineUnsourced: 'optUnderline',
  wikipediaLookups: 'optWikipedia',
  badge: 'optBadge',
  pausedSites: 'optPausedSites',
  extraSites: 'optAddedSites',
};

const BADGE_LABEL: Record<BadgeCounts, MessageKey> = {
  attention: 'optBadgeAttention',
  figures: 'optBadgeFigures',
  repeats: 'optBadgeRepeats',
  off: 'optBadgeOff',
};

/** `https://*.bbc.co.uk/*` → `bbc.co.uk` */
const patternHost = (p: string): string => p.replace(/^[^:]+:\/\/(\*\.)?/, '').replace(/\/.*$/, '');
const DEFAULT_HOSTS = newsSites.sites.map(patternHost);

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<(keyof Settings)[]>([]);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  useEffect(() => {
    void loadSettings(browser.storage).then((result) => {
      setSettings(result.settings);
      setRepaired(result.repaired);
    });
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'toggle-hidden')?.shortcut || null))
      .catch(() => setShortcut(null));
    // The popup changes the site lists too: keep this page in step.
    return watchSettings(browser.storage, setSettings);
  }, []);
  if (!settings) return <p class="quiet">{t('loading')}</p>;

  /** Lookups off: the names looked up are forgotten and the permission given back. */
  const endWikipedia = (): Promise<void> =>
    endLookups(
      { permissions: browser.permissions, store: browser.storage.local },
      __NEWSLENS_WIKIPEDIA_BASE__,
    );
  const save = (patch: Partial<Settings>): void => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setNotice('optSaved');
    void saveSettings(browser.storage, next);
  };
  const setWikipedia = async (on: boolean): Promise<void> => {
    const origins = [permissionOrigin(__NEWSLENS_WIKIPEDIA_BASE__)];
    if (!on) {
      save({ wikipediaLookups: false });
      await endWikipedia();
      return;
    }
    // First await in the change handler: browsers grant permission requests only during a gesture.
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    if (granted) save({ wikipediaLookups: true });
    else {
      setSettings({ ...settings, wikipediaLookups: false });
      setNotice('optWikipediaDenied');
    }
  };

  return (
    <div class="page">
      <header class="page-head">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1 class="title">{t('optionsTitle')}</h1>
      </header>
      {repaired.length > 0 ? (
        <p class="notice" role="status" data-testid="repaired-notice">
          {t('repairedNotice', repaired.map((k) => t(SETTING_LABEL[k])).join(', '))}
        </p>
      ) : null}

      <section class="card-section" aria-labelledby="opt-repeats">
        <h2 id="opt-repeats">{t('optRepeatsHeading')}</h2>
        <label class="switch">
          <input
            type="checkbox"
            data-testid="opt-hide-repeats"
            checked={settings.hideRepeats}
            onChange={(e) => save({ hideRepeats: e.currentTarget.checked })}
          />
          {t('optHideRepeats')}
        </label>
        <fieldset class="choices">
          <legend>{t('optHiddenStyle')}</legend>
          <label class="switch">
            <input
              type="radio"
              name="hiddenStyle"
              data-testid="opt-style-marker"
              checked={settings.hiddenStyle === 'marker'}
              onChange={() => save({ hiddenStyle: 'marker' })}
            />
            {t('optStyleMarker')}
          </label>
          <label class="switch">
            <input
              type="radio"
              name="hiddenStyle"
              data-testid="opt-style-silent"
              checked={settings.hiddenStyle === 'silent'}
              onChange={() => save({ hiddenStyle: 'silent' })}
            />
            {t('optStyleSilent')}
          </label>
        </fieldset>
      </section>

      <section class="card-section" aria-labelledby="opt-figures">
        <h2 id="opt-figures">{t('optFiguresHeading')}</h2>
        <label class="switch">
          <input
            type="checkbox"
            data-testid="opt-underline"
            checked={settings.underlineUnsourced}
            onChange={(e) => save({ underlineUnsourced: e.currentTarget.checked })}
          />
          {t('optUnderline')}
        </label>
      </section>

      <section class="card-section" aria-labelledby="opt-badge">
        <h2 id="opt-badge">{t('optBadgeHeading')}</h2>
        <fieldset class="choices">
          <legend>{t('optBadge')}</legend>
          {BADGE_COUNTS.map((mode) => (
            <label class="switch" key={mode}>
              <input
                type="radio"
                name="badge"
                data-testid={`opt-badge-${mode}`}
                checked={settings.badge === mode}
                onChange={() => save({ badge: mode })}
              />
              {t(BADGE_LABEL[mode])}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="card-section" aria-labelledby="opt-groups">
        <h2 id="opt-groups">{t('optGroupsHeading')}</h2>
        <label class="switch">
          <input
            type="checkbox"
            data-testid="opt-wikipedia"
            aria-describedby="opt-wikipedia-hint"
            checked={settings.wikipediaLookups}
            onChange={(e) => void setWikipedia(e.currentTarget.checked)}
          />
          {t('optWikipedia')}
        </label>
        <p class="quiet" id="opt-wikipedia-hint">
          {t('optWikipediaHint')}
        </p>
      </section>

      <MarksSection />

      <section class="card-section" aria-labelledby="opt-sites">
        <h2 id="opt-sites">{t('optSitesHeading')}</h2>
        <h3>{t('optAddedSites')}</h3>
        {settings.extraSites.length === 0 ? (
          <p class="quiet">{t('optNoAddedSites')}</p>
        ) : (
          <ul class="site-rows">
            {settings.extraSites.map((host) => (
              <li key={host} data-testid="added-site">
                <span>{host}</span>
                <button
                  type="button"
                  class="button secondary"
                  aria-label={t('optRemoveSite', host)}
                  data-testid="remove-site"
                  onClick={() => void sendToBackground('site:remove', { host })}
                >
                  {t('optRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('optPausedSites')}</h3>
        {settings.pausedSites.length === 0 ? (
          <p class="quiet">{t('optNoPausedSites')}</p>
        ) : (
          <ul class="site-rows">
            {settings.pausedSites.map((host) => (
              <li key={host} data-testid="paused-site">
                <span>{host}</span>
                <button
                  type="button"
                  class="button secondary"
                  aria-label={t('optResumeSite', host)}
                  data-testid="resume-site"
                  onClick={() =>
                    save({ pausedSites: settings.pausedSites.filter((h) => h !== host) })
                  }
                >
                  {t('optResume')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('optDefaultSites')}</h3>
        <p class="quiet">{t('optDefaultSitesHint')}</p>
        <ul class="site-list" data-testid="default-sites">
          {DEFAULT_HOSTS.map((host) => (
            <li key={host}>{host}</li>
          ))}
        </ul>
      </section>

      <section class="card-section" aria-labelledby="opt-keyboard">
        <h2 id="opt-keyboard">{t('optKeyboardHeading')}</h2>
        <p>
          {t('optShortcut', '')}
          <kbd data-testid="shortcut">{shortcut ?? t('optShortcutNone')}</kbd>
        </p>
      </section>

      <div class="page-foot">
        <button
          type="button"
          class="button secondary"
          data-testid="restore-defaults"
          onClick={() => {
            save({
              ...DEFAULT_SETTINGS,
              extraSites: settings.extraSites,
              pausedSites: settings.pausedSites,
            });
            // The default is no lookups: what they left goes too.
            void endWikipedia();
          }}
        >
          {t('optRestoreDefaults')}
        </button>
        <p class="quiet" role="status" data-testid="options-status">
          {notice ? t(notice) : ''}
        </p>
      </div>
    </div>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
