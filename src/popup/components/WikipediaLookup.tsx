// "Look up on Wikipedia" for a group the bundled knowledge base does not know. Nothing is
// sent until the reader clicks; the first click asks for the optional permission.
import { useState } from 'preact/hooks';
import type { LookupResult } from '../../shared/wikipedia';
import type { PopupActions } from '../connector';

const FAILURE_TEXT: Record<'offline' | 'timeout' | 'error', string> = {
  offline: 'Wikipedia could not be reached. Are you offline?',
  timeout: 'Wikipedia did not answer in time. Try again later.',
  error: 'Wikipedia answered with an error. Try again later.',
};

export function WikipediaLookup({ name, actions }: { name: string; actions: PopupActions | null }) {
  const [result, setResult] = useState<LookupResult | 'loading' | null>(null);
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
        {result === 'loading' ? 'Looking up…' : 'Look up on Wikipedia'}
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
          From Wikipedia: {result.summary.title}
        </a>
      </div>
    );
  }
  const text =
    result.status === 'no-permission'
      ? 'Newslens needs your permission to ask Wikipedia. Nothing was sent.'
      : result.status === 'not-found'
        ? `Wikipedia has no article for “${name}”.`
        : FAILURE_TEXT[result.reason];
  return (
    <p class="quiet" role="status" data-testid="wikipedia-status">
      {text}
    </p>
  );
}
