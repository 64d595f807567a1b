// The extension APIs the content script uses, faked for its unit tests (vi.mock of
// src/shared/browser.ts): storage in memory (its onChanged listeners kept, never called), the
// English messages file for i18n, and runtime.sendMessage answered by the real
// background handlers (src/background/handlers.ts) for one tab, each message and answer copied
// as the browser copies them. `sent` records every message, in order.
import { createBackground } from '../../../src/background/handlers';
import type { SiteApi } from '../../../src/background/sites';
import { WorkBudget } from '../../../src/background/work-budget';
import { english } from '../../../src/cli/english';
import type { MessageKey } from '../../../src/shared/i18n';
import type { Message } from '../../../src/shared/messages';
import type { ContentToBackground } from '../../../src/shared/messages';

type Area = Record<string, unknown>;

const area = (data: Area) => ({
  get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
  set: async (items: Area) => void Object.assign(data, structuredClone(items)),
  remove: async (keys: string | string[]) => {
    for (const key of [keys].flat()) delete data[key];
  },
});

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

export interface FakeBrowser {
  storage: {
    sync: ReturnType<typeof area>;
    local: ReturnType<typeof area>;
    onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
  runtime: { id: string; sendMessage(message: Message): Promise<unknown> };
  i18n: { getMessage(key: string, subs?: string[]): string; getUILanguage(): string };
  /** Every message the content script sent, in order. */
  sent: Message[];
  /** Badges the background set for the tab: [hidden, unsourced]. */
  badges: [number, number][];
  /** Stored settings (storage.sync) and added sites (storage.local). */
  synced: Area;
  /** The storage.onChanged listeners added and not removed. */
  storageListeners: Set<StorageListener>;
  /** A fresh background and empty storage. */
  reset(): void;
}

const TAB = { tabId: 1, document: 'doc-1' };

function backgroundFor(fake: FakeBrowser) {
  return createBackground({
    setBadge: async (_tab, { hidden, unsourced }) => void fake.badges.push([hidden, unsourced]),
    models: async () => ({}),
    sites: {} as SiteApi,
    // A clock that stands still: no work is charged, so no test runs out of its share.
    budget: new WorkBudget(() => 0),
  });
}

const onChanged = {
  addListener: (listener: StorageListener) => void fakeBrowser.storageListeners.add(listener),
  removeListener: (listener: StorageListener) => void fakeBrowser.storageListeners.delete(listener),
};

export const fakeBrowser: FakeBrowser = {
  storage: { sync: area({}), local: area({}), onChanged },
  runtime: {
    id: 'newslens@test',
    async sendMessage(message: Message) {
      fakeBrowser.sent.push(structuredClone(message));
      const handler = background.handlers.fromContent[
        message.type as keyof ContentToBackground
      ] as (payload: unknown, from: typeof TAB) => unknown;
      return structuredClone(await handler(structuredClone(message.payload), TAB));
    },
  },
  i18n: {
    getMessage: (key, subs) => english(key as MessageKey, ...(subs ?? [])),
    getUILanguage: () => 'en',
  },
  sent: [],
  badges: [],
  synced: {},
  storageListeners: new Set(),
  reset() {
    this.sent = [];
    this.badges = [];
    this.synced = {};
    this.storageListeners = new Set();
    this.storage = { sync: area(this.synced), local: area({}), onChanged };
    background = backgroundFor(this);
  },
};

let background = backgroundFor(fakeBrowser);
