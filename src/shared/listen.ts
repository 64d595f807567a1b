// Puts message routes (message-routes.ts) on runtime.onMessage: only messages from this
// extension's own contexts are looked at.
import type { Runtime } from 'webextension-polyfill';
import browser from './browser';
import { dispatchMessage, type Route } from './message-routes';

export function listen(routes: readonly Route[]): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined =>
    sender.id === browser.runtime.id ? dispatchMessage(raw, sender, routes) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
