// Which messages each part of the extension answers, and what a handler learns of the sender:
// the background answers content scripts (ContentToBackground) and the extension's own pages
// (UiToBackground); the content script answers the popup (PopupToContent). Pure, so the
// routing is tested without a browser (listen.ts puts it on runtime.onMessage).
import {
  CONTENT_TO_BACKGROUND,
  POPUP_TO_CONTENT,
  UI_TO_BACKGROUND,
  parseMessage,
  type ContentToBackground,
  type Handlers,
  type MessageMap,
  type PopupToContent,
  type UiToBackground,
  type Validators,
} from './messages';

/** The parts of runtime.MessageSender the routes look at. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** What a background handler learns of the content script that sent a message. */
export interface TabSender {
  tabId: number | null;
}

/** Every handler the background registers, spelled out: a dropped handler is a type error. */
export interface BackgroundHandlers {
  fromContent: Handlers<ContentToBackground, TabSender>;
  fromUi: Handlers<UiToBackground, Record<string, never>>;
}

/** One direction: its validators, its handlers, and what its handlers learn of a sender. */
export interface Route {
  validators: Record<string, (payload: unknown) => boolean>;
  handlers: Record<string, (payload: unknown, sender: unknown) => unknown>;
  sender(facts: SenderFacts): unknown;
}

function route<M extends MessageMap<M>, S>(
  validators: Validators<M>,
  handlers: Handlers<M, S>,
  sender: (facts: SenderFacts) => S,
): Route {
  return { validators, handlers, sender } as unknown as Route;
}

export function backgroundRoutes(handlers: BackgroundHandlers): Route[] {
  return [
    route(CONTENT_TO_BACKGROUND, handlers.fromContent, (facts) => ({
      tabId: facts.tab?.id ?? null,
    })),
    route(UI_TO_BACKGROUND, handlers.fromUi, () => ({})),
  ];
}

export function contentRoutes(handlers: Handlers<PopupToContent, Record<string, never>>): Route[] {
  return [route(POPUP_TO_CONTENT, handlers, () => ({}))];
}

/**
 * Runs the handler of a valid message of one of `routes`, for a sender of this extension;
 * undefined (no answer) for anything else.
 */
export function dispatchMessage(
  raw: unknown,
  facts: SenderFacts,
  routes: readonly Route[],
): Promise<unknown> | undefined {
  for (const r of routes) {
    const msg = parseMessage(raw, r.validators);
    if (!msg) continue;
    const handler = r.handlers[msg.type];
    if (!handler) return undefined;
    const sender = r.sender(facts);
    return Promise.resolve().then(() => handler(msg.payload, sender));
  }
  return undefined;
}
