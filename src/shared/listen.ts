// Registers a typed handler object on runtime.onMessage: only messages from this extension's
// own contexts, valid against the contract, and named in `handlers` are answered.
import type { Runtime } from 'webextension-polyfill';
import browser from './browser';
import { parseMessage, type Handlers, type MessageName } from './messages';

export function listen<N extends MessageName>(handlers: Handlers<N>): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(raw);
    if (!msg || !Object.hasOwn(handlers, msg.type)) return undefined;
    const handler = handlers[msg.type as N] as (p: unknown, s: { tabId: number | null }) => unknown;
    return Promise.resolve().then(() => handler(msg.payload, { tabId: sender.tab?.id ?? null }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
