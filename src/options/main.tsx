// Options: each setting, stored in storage.sync with a schema version (see shared/settings.ts).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser, { SETTINGS_KEY } from '../shared/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../shared/settings';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<string[]>([]);
  useEffect(() => {
    void browser.storage.sync.get(SETTINGS_KEY).then((stored) => {
      const result = normalizeSettings(stored[SETTINGS_KEY]);
      setSettings(result.settings);
      setRepaired(result.repaired);
    });
  }, []);
  if (!settings) return <p>Loading…</p>;
  const save = (patch: Partial<Settings>): void => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void browser.storage.sync.set({ [SETTINGS_KEY]: next });
  };
  return (
    <div class="popup">
      <h1 class="title">Newslens options</h1>
      {repaired.length > 0 ? (
        <p class="quiet" role="status">
          Some stored settings were unreadable and were reset to their defaults:{' '}
          {repaired.join(', ')}.
        </p>
      ) : null}
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.hideRepeats}
          onChange={(e) => save({ hideRepeats: e.currentTarget.checked })}
        />
        Hide paragraphs the page prints twice
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.hiddenStyle === 'silent'}
          onChange={(e) => save({ hiddenStyle: e.currentTarget.checked ? 'silent' : 'marker' })}
        />
        Hide silently (no “Repeated paragraph hidden” line)
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.underlineUnsourced}
          onChange={(e) => save({ underlineUnsourced: e.currentTarget.checked })}
        />
        Underline figures without a source
      </label>
      <button type="button" class="item-toggle" onClick={() => save({ ...DEFAULT_SETTINGS })}>
        Restore defaults
      </button>
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
