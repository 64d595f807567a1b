// The repeat markers live in closed shadow roots (src/content/page-host.ts): the page's scripts,
// and so page.evaluate, cannot look inside. The extension can, from a content script's world
// (Chromium's chrome.dom.openOrClosedShadowRoot, Firefox's element.openOrClosedShadowRoot):
// these helpers run there, through scripting.executeScript from an extension page of ours.
import type { TestPage } from './driver';

export interface MarkerView {
  label: string;
  /** The centre of its button, in the page's viewport. */
  button: { x: number; y: number };
  /** Outlined: the popup pointed at a paragraph it hides. */
  flashing: boolean;
}

type Action = { read: true } | { syntheticClick: number };

/** Runs in the extension page: the action, in the top frame of the tab showing `url`. */
async function inTab({ url, action }: { url: string; action: Action }): Promise<unknown> {
  // Defined here: executeScript runs it in the tab from its source.
  const inContentScriptWorld = (read: boolean, index: number): unknown => {
    const g = globalThis as unknown as {
      chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } };
    };
    const rootOf = (host: Element): ShadowRoot | null =>
      g.chrome?.dom?.openOrClosedShadowRoot?.(host) ??
      (host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
      null;
    const hosts = [...document.querySelectorAll('[data-newslens-marker=""]')];
    if (!read) {
      // A click that no reader made: what a page's script could send.
      rootOf(hosts[index] as Element)
        ?.querySelector('button')
        ?.click();
      return null;
    }
    return hosts.map((host) => {
      const root = rootOf(host);
      const box = root?.querySelector('button')?.getBoundingClientRect();
      return {
        // What the reader sees: the bar's text and button, apart (the root holds a style sheet too).
        label: [...(root?.querySelector('.bar')?.children ?? [])]
          .map((part) => (part.textContent ?? '').trim())
          .join(' '),
        flashing: !!root?.querySelector('.bar.flash'),
        button: box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null,
      };
    });
  };
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  const [result] = await api.scripting.executeScript({
    target: { tabId: tab?.id as number },
    func: inContentScriptWorld,
    args: 'read' in action ? [true, 0] : [false, action.syntheticClick],
  });
  return result?.result;
}

/** The markers of `page`, in page order, read from inside their roots. */
export async function readMarkers(extensionPage: TestPage, page: TestPage): Promise<MarkerView[]> {
  const url = await page.evaluate(() => location.href, null);
  return (await extensionPage.evaluate(inTab, { url, action: { read: true } })) as MarkerView[];
}

/** Calls click() on marker `index`'s button, from a script: no reader's click. */
export async function clickMarkerFromScript(
  extensionPage: TestPage,
  page: TestPage,
  index: number,
): Promise<void> {
  const url = await page.evaluate(() => location.href, null);
  await extensionPage.evaluate(inTab, { url, action: { syntheticClick: index } });
}
