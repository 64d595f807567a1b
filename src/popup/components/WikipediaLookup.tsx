// "Look up on Wikipedia" for a group the bundled knowledge base does not know. Off until the
// reader turns lookups on in the options; then nothing is sent until the reader clicks.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shared/i18n';
import type { LookupResult } from '../../shared/wikipedia';
import type { PopupActions } from '../connector';

const FAILURE_TEXT: Record<'offline' | 'timeout' | 'error', MessageKey> = {
  offline: 'wikiOffline',
  timeout: 'wikiTimeout',
  error: 'wikiError',
};

export function WikipediaLookup({
  name,
  actions,
  enabled,
}: {
  name: string;
  actions: PopupActions | null;
  enabled: boolean;
}) {
  const [result, setResult] = useState<LookupResult | 'loading' | null>(null);
  if (!enabled) {
    return (
      <p class="quiet" data-testid="wikipedia-off">
        {t('wikiOff')}{' '}
        <button
          type="button"
          class="link"
          data-testid="wikipedia-open-options"
          disabled={!actions}
          onClick={() => void actions?.openOptions()}
        >
          {t('wikiTurnOn')}
        </button>
      </p>
    );
  }
  if (result === null || result === 'loading') {
    return (
      <button
        type="button"
        class="link"
        data-testid="wikipedia-lookup"
        disabled={result === 'loading' || !actions}
        onClick={() => {
          if (!actions) return;
          setResult('loading');
          void actions.lookUpWikipedia(name).then(setResult);
        }}
      >
        {result === 'loading' ? t('lookingUp') : t('lookUpWikipedia')}
      </button>
    );
  }
  if (result.status === 'ok') {
    return (
      <div class="wiki" data-testid="wikipedia-summary">
        <p class="card-summary">
          {result.summary.description ? <strong>{result.summary.description}. </strong> : null}
          {result.summary.extract}
        </p>
        <a class="card-wiki" href={result.summary.url} target="_blank" rel="noopener noreferrer">
          {t('fromWikipedia', result.summary.title)}
        </a>
      </div>
    );
  }
  const text =
    result.status === 'no-permission'
      ? t('wikiNoPermission')
      : result.status === 'not-found'
        ? t('wikiNotFound', name)
        : t(FAILURE_TEXT[result.reason]);
  return (
    <p class="quiet" role="status" data-testid="wikipedia-status">
      {text}
    </p>
  );
}
