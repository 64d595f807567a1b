import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../shared/messages';
import { createActions, fetchState, targetTabId, type PopupActions } from './connector';
import { PopupView } from './components/PopupView';

/** While the page is still analysing, ask again this often. */
const POLL_MS = 300;

function App() {
  const [state, setState] = useState<PageState | null>(null);
  const [actions, setActions] = useState<PopupActions | null>(null);
  useEffect(() => {
    let timer = 0;
    let cancelled = false;
    void (async () => {
      const tabId = await targetTabId();
      if (tabId !== null) setActions(createActions(tabId, setState));
      const poll = async (): Promise<void> => {
        const next = await fetchState(tabId);
        if (cancelled) return;
        setState(next);
        if (next.status === 'analysing') timer = window.setTimeout(() => void poll(), POLL_MS);
      };
      await poll();
    })();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
  return <PopupView state={state} actions={actions} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
