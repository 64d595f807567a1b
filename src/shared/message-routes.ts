// Which messages each part of the extension answers, from whom, and what a handler learns of
// the sender. The background answers content scripts (ContentToBackground) only from the top
// frame of a tab, and the extension's own pages (UiToBackground) only from this extension's
// origin, never from a content script; the content script answers the PopupToContent messages
// only from this extension's pages and background. Pure, so the rules are tested without a
// browser (listen.ts puts them on runtime.onMessage).
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

/** The parts of runtime.MessageSender the rules look at. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** This extension as the browser names it: its id, and the base of its pages' URLs. */
export interface Extension {
  id: string;
  /** runtime.getURL(''): chrome-extension://<id>/ or moz-extension://<uuid>/ */
  base: string;
}

/** What a background handler learns of the content script that sent a message. */
export interface TabSender {
  tabId: number;
  /**
   * The sending document: per-document state is keyed by it, so a page reloaded or left never
   * sees the state of the one before. `sender.documentId` (Chromium 106+, Firefox 153 here);
   * where a browser does not give it, the tab (one top-frame document at a time, and a new
   * document's first message, article:extract, replaces what the last one left).
   */
  document: string;
}

const isExtensionPage = (facts: SenderFacts, self: Extension): boolean =>
  typeof facts.url === 'string' && facts.url.startsWith(self.base);

/** A content script in the top frame of a tab, or null for any other sender. */
function tabTopFrame(facts: SenderFacts, self: Extension): TabSender | null {
  const tabId = facts.tab?.id;
  if (!Number.isInteger(tabId) || (tabId as number) < 0 || facts.frameId !== 0) return null;
  // An extension page opened in a tab (the options) has a tab and frame 0 too.
  if (isExtensionPage(facts, self)) return null;
  const document = typeof facts.documentId === 'string' ? facts.documentId : `tab ${tabId}`;
  return { tabId: tabId as number, document };
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
  /** What a handler learns of the sender, or null when this direction refuses the sender. */
  sender(facts: SenderFacts): unknown;
}

function route<M extends MessageMap<M>, S>(
  validators: Validators<M>,
  handlers: Handlers<M, S>,
  sender: (facts: SenderFacts) => S | null,
): Route {
  return { validators, handlers, sender } as unknown as Route;
}

export function backgroundRoutes(handlers: BackgroundHandlers, self: Extension): Route[] {
  return [
    route(CONTENT_TO_BACKGROUND, handlers.fromContent, (facts) => tabTopFrame(facts, self)),
    route(UI_TO_BACKGROUND, handlers.fromUi, (facts) => (isExtensionPage(facts, self) ? {} : null)),
  ];
}

export function contentRoutes(
  handlers: Handlers<PopupToContent, Record<string, never>>,
  self: Extension,
): Route[] {
  // The popup, or the background's keyboard command.
  return [route(POPUP_TO_CONTENT, handlers, (facts) => (isExtensionPage(facts, self) ? {} : null))];
}

/**
 * Runs the handler of a valid message of one of `routes`, when this extension sent it and the
 * route accepts the sender; undefined (no answer) for anything else.
 */
export function dispatchMessage(
  raw: unknown,
  facts: SenderFacts,
  routes: readonly Route[],
  self: Extension,
): Promise<unknown> | undefined {
  if (facts.id !== self.id) return undefined;
  for (const r of routes) {
    const msg = parseMessage(raw, r.validators);
    if (!msg) continue;
    const handler = r.handlers[msg.type];
    const sender = r.sender(facts);
    if (!handler || sender === null) return undefined;
    return Promise.resolve().then(() => handler(msg.payload, sender));
  }
  return undefined;
}
