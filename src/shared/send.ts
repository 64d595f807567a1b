// Typed senders over the message contract.
import browser from './browser';
import { message, type MessageName, type Request, type Response } from './messages';

/** To the background (from content, popup or options). */
export function sendToBackground<N extends MessageName>(
  type: N,
  payload: Request<N>,
): Promise<Response<N>> {
  return browser.runtime.sendMessage(message(type, payload)) as Promise<Response<N>>;
}

/** To the content script of one tab (from the popup). */
export function sendToTab<N extends MessageName>(
  tabId: number,
  type: N,
  payload: Request<N>,
): Promise<Response<N>> {
  return browser.tabs.sendMessage(tabId, message(type, payload)) as Promise<Response<N>>;
}
