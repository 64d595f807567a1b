// The tab's site at the foot of the popup: "Run on this site" where Newslens does not run,
// "Pause on this site" where it does, "Resume" where the reader paused it; and the options.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shared/i18n';
import type { PopupActions } from '../connector';
import type { SiteInfo } from '../site';

const RUN_TEXT: Record<'running' | 'denied' | 'failed', MessageKey> = {
  running: 'siteRunning',
  denied: 'siteRunDenied',
  failed: 'siteRunFailed',
};

export function SiteControls({
  site,
  actions,
}: {
  site: SiteInfo | null;
  actions: PopupActions | null;
}) {
  const [run, setRun] = useState<'running' | 'denied' | 'failed' | null>(null);
  return (
    <footer class="site" data-testid="site-controls">
      {site ? (
        <p class="site-host" data-testid="site-host">
          {t('siteLabel', site.host)}
        </p>
      ) : null}
      <div class="site-actions">
        {site && !site.paused && site.status === 'unlisted' ? (
          <button
            type="button"
            class="button"
            data-testid="site-run"
            disabled={!actions || run === 'running'}
            onClick={() => {
              if (!actions) return;
              setRun('running');
              void actions.runOnSite().then((r) => setRun(r === 'started' ? null : r));
            }}
          >
            {t('siteRun')}
          </button>
        ) : null}
        {site && !site.paused && site.status !== 'unlisted' ? (
          <button
            type="button"
            class="button secondary"
            data-testid="site-pause"
            disabled={!actions}
            onClick={() => void actions?.setPaused(true)}
          >
            {t('sitePause')}
          </button>
        ) : null}
        {site?.paused ? (
          <button
            type="button"
            class="button"
            data-testid="site-resume"
            disabled={!actions}
            onClick={() => void actions?.setPaused(false)}
          >
            {t('siteResume')}
          </button>
        ) : null}
        <button
          type="button"
          class="link"
          data-testid="open-options"
          disabled={!actions}
          onClick={() => void actions?.openOptions()}
        >
          {t('openOptions')}
        </button>
      </div>
      {site && !site.paused && site.status === 'unlisted' && run === null ? (
        <p class="quiet">{t('siteUnlisted')}</p>
      ) : null}
      {run ? (
        <p class="quiet" role="status" data-testid="site-status">
          {t(RUN_TEXT[run])}
        </p>
      ) : null}
    </footer>
  );
}
