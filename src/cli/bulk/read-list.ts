// --from-file LIST: one path or URL a line, from a file or from standard input ("-").
import { readFileSync } from 'node:fs';
import { InputError } from '../input-error';

/** Lines as given, but blank ones; a byte-order mark, the CR of CRLF and outer spaces dropped. */
export function listEntries(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function readList(list: string, stdin: NodeJS.ReadableStream): Promise<string[]> {
  if (list === '-') return listEntries(await readAll(stdin));
  try {
    return listEntries(readFileSync(list, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such list: ${list}`);
    if (code === 'EISDIR') throw new InputError(`the list ${list} is a directory`);
    throw new InputError(`cannot read the list ${list} (${code ?? 'unknown error'})`);
  }
}
