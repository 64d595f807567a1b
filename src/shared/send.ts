// Typed senders over the message contract, one per direction that has a sender.
import browser from './browser';
import {
  message,
  type ContentToBackground,
  type PopupToContent,
  type Request,
  type Response,
  type UiToBackground,
} from './messages';

/** To the background: from the content script, or from the popup and options. */
export function sendToBackground<N extends keyof ContentToBackground | keyof UiToBackground>(
  type: N,
  payload: Request<N>,
): Promise<Response<N>> {
  return browser.runtime.sendMessage(message(type, payload)) as Promise<Response<N>>;
}

/** To the content script of one tab (from the popup, or the background's keyboard command). */
export function sendToTab<N extends keyof PopupToContent>(
  tabId: number,
  type: N,
  payload: Request<N>,
): Promise<Response<N>> {
  return browser.tabs.sendMessage(tabId, message(type, payload)) as Promise<Response<N>>;
}
