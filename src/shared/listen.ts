// Puts message routes (message-routes.ts) on runtime.onMessage, with this extension's id and
// the base of its pages' URLs, which the routes' sender rules compare against.
import type { Runtime } from 'webextension-polyfill';
import browser from './browser';
import { dispatchMessage, type Extension, type Route } from './message-routes';

/** This extension, as the sender rules need it. */
export function thisExtension(): Extension {
  return { id: browser.runtime.id, base: browser.runtime.getURL('') };
}

export function listen(routes: readonly Route[]): () => void {
  const self = thisExtension();
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined =>
    dispatchMessage(raw, sender, routes, self);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
