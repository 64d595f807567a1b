// The command line (issue 19): one page as before, several pages in bulk, and one clear line for
// each mistake.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_JOBS, readArgs } from '../../../src/cli/args';
import { InputError } from '../../../src/cli/input-error';

const bulk = (argv: string[]) => {
  const args = readArgs(['analyze', ...argv]);
  if (args.mode !== 'bulk') throw new Error(`expected a bulk run, got ${args.mode}`);
  return args;
};

describe('arguments', () => {
  it('one file or URL, with or without --json, is a single run as before', () => {
    expect(readArgs(['analyze', 'a.html'])).toEqual({
      mode: 'single',
      target: 'a.html',
      json: false,
    });
    expect(readArgs(['analyze', '--json', 'https://example.org/x'])).toEqual({
      mode: 'single',
      target: 'https://example.org/x',
      json: true,
    });
    expect(readArgs(['analyze', '-', '--json'])).toEqual({
      mode: 'single',
      target: '-',
      json: true,
    });
    // --jobs alone changes nothing for one page.
    expect(readArgs(['analyze', 'a.html', '--jobs', '3']).mode).toBe('single');
  });

  it('--help wins wherever it is', () => {
    expect(readArgs(['analyze', 'a.html', '--nonsense', '-h'])).toEqual({ mode: 'help' });
    expect(readArgs(['--help'])).toEqual({ mode: 'help' });
  });

  it('several targets, --from-file or a bulk output make a bulk run, targets in order', () => {
    expect(bulk(['b.html', 'a.html', 'dir', '--jsonl'])).toEqual({
      mode: 'bulk',
      targets: ['b.html', 'a.html', 'dir'],
      fromFile: null,
      jsonl: true,
      csv: null,
      summary: false,
      jobs: availableParallelism(),
    });
    expect(bulk(['--from-file', 'list.txt', '--summary'])).toMatchObject({
      targets: [],
      fromFile: 'list.txt',
      summary: true,
    });
    expect(bulk(['one.html', '--csv', 'out.csv'])).toMatchObject({
      targets: ['one.html'],
      csv: 'out.csv',
    });
    expect(bulk(['one.html', '--jsonl']).targets).toEqual(['one.html']);
    expect(bulk(['--from-file=-', '--jsonl', '-j', '3'])).toMatchObject({ fromFile: '-', jobs: 3 });
    expect(bulk(['a', 'b', '--jsonl', '--jobs=1']).jobs).toBe(1);
  });

  it.each([
    [[], /no command given/],
    [['summarise', 'x.html'], /unknown command "summarise"/],
    [['analyze'], /no file or URL given/],
    [['analyze', '--jsonl'], /no file or URL given/],
    [['analyze', 'a.html', '--xml'], /^unknown option --xml$/],
    [['analyze', 'a.html', '--csv'], /^--csv needs a value$/],
    [['analyze', 'a.html', '--json=yes'], /^--json takes no value$/],
    [
      ['analyze', 'a.html', 'b.html'],
      /several pages need an output: --jsonl, --csv FILE or --summary/,
    ],
    [['analyze', 'a.html', 'b.html', '--json'], /--json prints one page; for several, use --jsonl/],
    [['analyze', '-', '--from-file', '-', '--jsonl'], /standard input \(-\) can be read only once/],
    [['analyze', '-', '-', '--jsonl'], /standard input \(-\) can be read only once/],
    [
      ['analyze', 'a', 'b', '--jsonl', '--jobs', '0'],
      /--jobs needs a whole number from 1 to 64, not "0"/,
    ],
    [['analyze', 'a', 'b', '--jsonl', '--jobs', 'many'], /--jobs needs a whole number/],
    [['analyze', 'a', 'b', '--jsonl', '--jobs', '2.5'], /--jobs needs a whole number/],
    [
      ['analyze', 'a', 'b', '--jsonl', '--jobs', String(MAX_JOBS + 1)],
      /--jobs needs a whole number/,
    ],
  ])('%j: %s', (argv, message) => {
    let error: unknown;
    try {
      readArgs(argv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
  });
});
