// Reads what the user named (a file, a URL, or "-" for stdin) into text, refusing what is
// not a readable web page or text file, with a message that says why.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './input-error';

/** Real article pages are well under this (the largest corpus page is a few MB). */
export const MAX_INPUT_BYTES = 15 * 1024 * 1024;
/** How long a URL may take to answer in full. */
export const FETCH_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;
const URL_PATTERN = /^https?:\/\//i;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const HTML_SNIFF = /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i;

export type SourceKind = 'html' | 'text';

export interface Source {
  name: string;
  kind: SourceKind;
  text: string;
  url: string | null;
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0))
    throw new InputError(`${name} looks binary (it contains NUL bytes), not HTML or text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
}

function kindOf(name: string, text: string, contentType: string | null): SourceKind {
  if (/\.txt$/i.test(name) || /^text\/plain/i.test(contentType ?? '')) {
    return HTML_SNIFF.test(text) ? 'html' : 'text';
  }
  if (/\.x?html?$/i.test(name) || /html/i.test(contentType ?? '')) return 'html';
  return HTML_SNIFF.test(text) ? 'html' : 'text';
}

function tooLarge(name: string, bytes: number): InputError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new InputError(
    `${name} is ${mb} MB; pages over ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused`,
  );
}

/**
 * A local file is read synchronously: one call instead of a promise per 512 KB chunk through the
 * thread pool (that round trip cost the CLI as much as decoding the page), and a one-shot CLI has
 * nothing else to run meanwhile.
 */
function readPath(path: string): Source {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EACCES') throw new InputError(`cannot read ${path}: permission denied`);
    throw new InputError(`cannot read ${path} (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${path} is a directory; give an HTML or text file`);
  if (!info.isFile()) throw new InputError(`${path} is not a regular file`);
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(path, info.size);
  if (info.size === 0) throw new InputError(`${path} is empty`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path} (${code === 'EACCES' ? 'permission denied' : code})`);
  }
  const text = decodeUtf8(bytes, path);
  return { name: path, kind: kindOf(path, text, null), text, url: null };
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Source> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge('standard input', total);
    chunks.push(buf);
  }
  if (total === 0) throw new InputError('standard input is empty');
  const text = decodeUtf8(Buffer.concat(chunks), 'standard input');
  return { name: 'standard input', kind: kindOf('', text, null), text, url: null };
}

async function readBody(res: Response, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_INPUT_BYTES) throw tooLarge(url, declared);
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_INPUT_BYTES) {
      await reader.cancel();
      throw tooLarge(url, total);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readUrl(url: string, timeoutMs: number): Promise<Source> {
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    // Redirects are followed by hand so that a loop ends with a clear message.
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' },
      });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        current = new URL(res.headers.get('location') as string, current).href;
        await res.body?.cancel();
        continue;
      }
      if (!res.ok)
        throw new InputError(`${url} answered HTTP ${res.status} ${res.statusText}`.trim());
      const type = res.headers.get('content-type');
      if (type && !HTML_TYPES.test(type)) {
        await res.body?.cancel();
        throw new InputError(`${url} is ${type.split(';')[0]}, not an HTML page`);
      }
      const text = decodeUtf8(await readBody(res, url), url);
      if (!text.trim()) throw new InputError(`${url} returned an empty page`);
      return { name: url, kind: kindOf(new URL(current).pathname, text, type), text, url: current };
    }
    throw new InputError(`${url} redirected more than ${MAX_REDIRECTS} times`);
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (signal.aborted) throw new InputError(`${url} did not answer within ${timeoutMs / 1000} s`);
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new InputError(`could not fetch ${url}${cause ? ` (${cause})` : ''}`);
  }
}

export interface ReadOptions {
  stdin: NodeJS.ReadableStream;
  timeoutMs?: number;
}

export async function readSource(target: string, options: ReadOptions): Promise<Source> {
  if (target === '-') return readStdin(options.stdin);
  if (URL_PATTERN.test(target)) return readUrl(target, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  return readPath(target);
}
