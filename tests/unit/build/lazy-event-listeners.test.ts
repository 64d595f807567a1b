// The build-time rewrite of linkedom's EventTarget (build/lazy-event-listeners.ts): it applies to
// the installed package, both builds that bundle linkedom use it, a new node gets no listener
// table, and events still reach their listeners, once, in order, until removed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EVENT_TARGET_FILE,
  REWRITES,
  rewriteEventTarget,
} from '../../../build/lazy-event-listeners.ts';
import cliConfig from '../../../vite.cli.config.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const original = readFileSync(join(ROOT, 'node_modules', EVENT_TARGET_FILE), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'newslens-event-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Target {
  addEventListener(type: string, listener: unknown, options?: unknown): void;
  removeEventListener(type: string, listener: unknown): void;
  dispatchEvent(event: unknown): boolean;
}

/** The module's EventTarget, from the given source written beside the test's other files. */
async function eventTargetOf(code: string, name: string): Promise<new () => Target> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  // The path is a file this test just wrote, not input.
  // eslint-disable-next-line no-unsanitized/method
  const mod = (await import(pathToFileURL(file).href)) as { EventTarget: new () => Target };
  return mod.EventTarget;
}

/** The fields of linkedom's Event that EventTarget reads and writes. */
function eventOf(type: string) {
  return {
    type,
    bubbles: false,
    defaultPrevented: false,
    cancelBubble: false,
    _stopImmediatePropagationFlag: false,
    _path: [] as unknown[],
    NONE: 0,
    CAPTURING_PHASE: 1,
    AT_TARGET: 2,
    BUBBLING_PHASE: 3,
    eventPhase: 0,
  };
}

describe('lazy listener tables in linkedom', () => {
  it('finds every site once in the installed package and removes the eager table', () => {
    for (const rewrite of REWRITES)
      expect(original.match(rewrite.find), rewrite.site).toHaveLength(1);
    const out = rewriteEventTarget(original);
    expect(out).not.toMatch(/constructor\(\)\s*\{\s*wm\.set/);
  });

  it('fails the build when linkedom changes a site', () => {
    expect(() => rewriteEventTarget(original.replace('wm.set(this, new Map);', ''))).toThrow(
      /DOMEventTarget constructor/,
    );
  });

  it('is in both builds that bundle linkedom', () => {
    const names = (cliConfig.plugins ?? []).flat().map((p) => (p as { name?: string })?.name);
    expect(names).toContain('newslens-lazy-event-listeners');
    const extensionConfig = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
    expect(extensionConfig).toMatch(/^\s+lazyEventListeners\(\),$/m);
  });

  it('delivers events as the original does', async () => {
    const results: string[][] = [];
    for (const [name, code] of [
      ['original', original],
      ['rewritten', rewriteEventTarget(original)],
    ] as const) {
      const EventTarget = await eventTargetOf(code, name);
      const target = new EventTarget();
      const seen: string[] = [];
      const first = (e: { type: string }) => seen.push(`first ${e.type}`);
      const once = { handleEvent: (e: { type: string }) => seen.push(`once ${e.type}`) };
      target.removeEventListener('ping', first); // nothing added yet: a no-op
      target.dispatchEvent(eventOf('ping')); // no listener: nothing happens
      target.addEventListener('ping', first);
      target.addEventListener('ping', once, { once: true });
      target.dispatchEvent(eventOf('ping'));
      target.dispatchEvent(eventOf('ping'));
      target.removeEventListener('ping', first);
      target.dispatchEvent(eventOf('ping'));
      target.dispatchEvent(eventOf('pong'));
      results.push(seen);
    }
    expect(results[0]).toEqual(['first ping', 'once ping', 'first ping']);
    expect(results[1]).toEqual(results[0]);
  });
});
