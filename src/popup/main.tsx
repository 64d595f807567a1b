import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { markSet, type PageMarks } from '../shared/wrong-marks';
import {
  createActions,
  fetchSite,
  fetchState,
  loadMarks,
  loadSettings,
  targetTabId,
  type PopupActions,
} from './connector';
import { PopupView } from './components/PopupView';
import type { SiteInfo } from './site';

/** While the page is still analysing, ask again this often. */
const POLL_MS = 300;

function App() {
  const [state, setState] = useState<PageState | null>(null);
  const [actions, setActions] = useState<PopupActions | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<SiteInfo | null>(null);
  const [marks, setMarks] = useState<PageMarks | null>(null);
  /** The address whose marks have been read: until then its report would show unmarked findings. */
  const [marksReadFor, setMarksReadFor] = useState<string | null>(null);
  const siteRef = useRef<SiteInfo | null>(null);
  const address = state?.status === 'ready' ? state.address : null;
  useEffect(() => {
    if (!address) return;
    void loadMarks(address).then((m) => {
      setMarks(m);
      setMarksReadFor(address);
    });
  }, [address]);
  useEffect(() => {
    let timer = 0;
    let cancelled = false;
    void (async () => {
      const tabId = await targetTabId();
      /** After "Run on this site", the page needs a moment before it answers: ask a while longer. */
      let pending = 0;
      const poll = async (): Promise<void> => {
        clearTimeout(timer);
        const next = await fetchState(tabId);
        if (cancelled) return;
        setState(next);
        if (next.status === 'analysing' || (next.status === 'no-article' && pending > 0)) {
          pending = Math.max(0, pending - 1);
          timer = window.setTimeout(() => void poll(), POLL_MS);
        }
      };
      const applySettings = async (s: Settings): Promise<void> => {
        const nextSite = await fetchSite(tabId, s);
        if (cancelled) return;
        const started = siteRef.current?.status === 'unlisted' && nextSite?.status === 'added';
        siteRef.current = nextSite;
        setSettings(s);
        setSite(nextSite);
        if (started) {
          pending = 20;
          await poll();
        }
      };
      if (tabId !== null)
        setActions(
          createActions(
            tabId,
            setState,
            () => siteRef.current,
            (s) => void applySettings(s),
            setMarks,
          ),
        );
      await Promise.all([loadSettings().then(applySettings), poll()]);
    })();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
  // A report shown before its marks are read would flash "No source given" on a figure the
  // reader marked wrong, and count it in the overview: the popup keeps "Looking at the page" until
  // both are in (reading storage takes a few milliseconds).
  const waitingForMarks = address !== null && marksReadFor !== address;
  return (
    <PopupView
      state={waitingForMarks ? null : state}
      actions={actions}
      site={site}
      wikipediaLookups={settings?.wikipediaLookups ?? false}
      marks={markSet(marks)}
    />
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
