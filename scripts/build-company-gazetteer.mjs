// node scripts/build-company-gazetteer.mjs [--mirrors DIR]: writes
// src/core/groups/tagger/company-gazetteer.json, the static list of company, brand and media names
// the name tagger's gazetteer feature reads (src/core/groups/tagger/gazetteer.ts), from openly
// licensed lists in local mirrors (the fetch tool's copies; not available in CI, so the output is
// committed). Sources, licences and filters: docs/GROUP-TAGGER.md. Retrain the tagger after running
// this (npm run train:groups): the weights learned how far to trust the list as it was.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    mirrors: { type: 'string', default: '/work/.mirror' },
    out: { type: 'string', default: 'src/core/groups/tagger/company-gazetteer.json' },
  },
});

const SOURCES = {
  brands: {
    repo: 'osmlab/name-suggestion-index',
    licence: 'BSD-3-Clause',
    licenceFile: 'LICENSE.md',
    what: 'brand names (data/brands) with a Wikidata id',
  },
  nasdaq: {
    repo: 'datasets/nasdaq-listings',
    licence: 'ODC-PDDL-1.0',
    what: 'companies listed on Nasdaq (data/nasdaq-listed-symbols.csv)',
  },
  nyse: {
    repo: 'datasets/nyse-other-listings',
    licence: 'ODC-PDDL-1.0',
    what: 'companies listed on NYSE and other US exchanges (data/nyse-listed.csv, data/other-listed.csv)',
  },
  newspapers: {
    repo: 'hearvox/wiki-media-cred',
    licence: 'CC0-1.0',
    what: 'US newspapers listed on Wikipedia, with a Wikidata id (data/wikipedia-us-newspapers.tsv)',
  },
  publishers: {
    repo: 'flairNLP/fundus',
    licence: 'MIT',
    licenceFile: 'LICENSE',
    what: 'news publishers the fundus crawler supports (docs/supported_publishers.md)',
  },
};

function mirror(repo) {
  return `${values.mirrors}/${repo.replace('/', '+')}/repo`;
}
function git(repo, ...args) {
  return execFileSync('git', ['-C', mirror(repo), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}
const show = (repo, path) => git(repo, 'show', `HEAD:${path}`);

/** Rows of a CSV file with quoted fields (no quoted line breaks in these files). */
function csvRows(text) {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const row = [];
      let cell = '';
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          row.push(cell);
          cell = '';
        } else cell += ch;
      }
      row.push(cell);
      return row.map((c) => c.trim());
    });
}

/** Latin letters, digits and the punctuation of names only: the tagger reads English text. */
const LATIN_NAME = /^[\p{Script=Latin}\p{N} '&.+!-]+$/u;
const HAS_UPPER = /\p{Lu}/u;
const LETTERS = /\p{L}/gu;

/**
 * A name worth listing: Latin script, a capital somewhere (an all-lower-case brand is too easily a
 * plain word: "bp", "next"), at least two letters. Curly apostrophes straightened, spaces single.
 */
function clean(name) {
  const text = name.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  if (!LATIN_NAME.test(text) || !HAS_UPPER.test(text)) return null;
  if ((text.match(LETTERS) ?? []).length < 2) return null;
  return text;
}

// --- name-suggestion-index: brands with a Wikidata id, known beyond one non-English country ------

/** Countries whose brands an English-language article is likely to name. */
const ENGLISH_SPEAKING = new Set(['us', 'gb', 'ca', 'au', 'nz', 'ie']);
/** A brand present in this many countries is international whatever its home. */
const MIN_COUNTRIES = 3;

function brandNames() {
  const repo = SOURCES.brands.repo;
  const files = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'data/brands').split('\n');
  const names = new Set();
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const { items = [] } = JSON.parse(show(repo, file));
    for (const item of items) {
      const tags = item.tags ?? {};
      if (!tags['brand:wikidata']) continue;
      const include = (item.locationSet?.include ?? []).map((l) => String(l).slice(0, 2));
      const wide =
        include.includes('00') ||
        include.some((c) => ENGLISH_SPEAKING.has(c)) ||
        new Set(include).size >= MIN_COUNTRIES;
      if (!wide) continue;
      const name = clean(tags['brand:en'] ?? tags.brand ?? item.displayName ?? '');
      if (name) names.add(name);
    }
  }
  return names;
}

// --- stock listings: company names without the security and the legal form ------------------------

/** Securities that are not a company's shares (funds, SPACs, notes, warrants). */
const NOT_A_COMPANY =
  /\b(?:ETF|ETN|Fund|Trust|Acquisition|Notes?|Debentures?|Warrants?|Rights?|Units?|Preferred|Depositary|Portfolio|Index|Shares? of Beneficial|Municipal|Income|Bond|Capital Corp)\b/i;
/** What follows the company in a security name ("Common Stock", "Class A Ordinary Shares"). */
const SECURITY =
  /\s+(?:-\s.*|(?:Class [A-Z]\s+)?(?:Common|Ordinary|Capital|Subordinate|Voting|American|Series)\s+(?:Stock|Shares|Depositary)\b.*|Class [A-Z]\b.*|NY Registry.*|\(.*)$/i;
/** A legal form inside the name ends it ("Cinemark Holdings Inc Cinemark"). */
const INNER_LEGAL_FORM = /\s+(?:Inc|Corp|Ltd)\b\.?\s.*$/;
/** Legal forms at the end of a name, removed one after another. */
const LEGAL_FORM =
  /,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|N\.?V\.?|S\.?A\.?|AG|SE|LLC|L\.?P\.?|Holdings?|Group|\(The\)|The)$/;
/**
 * Trailing words a company is often named without ("Dell Technologies" is "Dell", "Dolby
 * Laboratories" is "Dolby"): the short form is listed too when one distinctive word remains.
 */
const TRAILING_TRADE =
  /\s+(?:Technologies|Technology|Laboratories|Labs|Systems|Industries|International|Worldwide|Global|Enterprises|Brands|Entertainment|Communications|Networks|Interactive|Software|Solutions|Services|Therapeutics|Pharmaceuticals|Biosciences|Bancorp|Bancshares|Financial|Motors|Airlines|Foods|Energy|Resources|Partners)$/;
/** Short forms that are ordinary words, not a company's own name ("American Software"). */
const GENERIC_SHORT = new Set(
  (
    'American National United First General Global International Western Eastern Northern ' +
    'Southern Central Pacific Atlantic Federal Republic Universal Advanced Applied Digital ' +
    'Energy Financial Capital Community Home Citizens Security Standard Premier Summit Alpha ' +
    'Atlas Liberty Heritage Pioneer Patriot Vital Smart Health Life Blue Green Red New Great ' +
    'Old Big Open Clear Best Star Sun Bank Select'
  ).split(' '),
);

function companyName(raw) {
  let name = raw.replace(/\s+/g, ' ').trim();
  if (!name || NOT_A_COMPANY.test(name)) return [];
  name = name
    .replace(SECURITY, '')
    .replace(INNER_LEGAL_FORM, '')
    .replace(/\.com$/i, '');
  for (let before = ''; before !== name;) {
    before = name;
    name = name.replace(LEGAL_FORM, '').trim();
  }
  const names = [name];
  let short = name;
  for (let before = ''; before !== short;) {
    before = short;
    short = short.replace(TRAILING_TRADE, '').replace(LEGAL_FORM, '').trim();
  }
  if (short !== name && !short.includes(' ') && short.length >= 3 && !GENERIC_SHORT.has(short)) {
    names.push(short);
  }
  return names.map(clean).filter((n) => n !== null);
}

function listedNames(repo, path, nameColumn, isFund, isTest) {
  const [header, ...rows] = csvRows(show(repo, path));
  const at = (label) => header.indexOf(label);
  const names = new Set();
  for (const row of rows) {
    if (row[at(isFund)] === 'Y' || row[at(isTest)] === 'Y') continue;
    for (const name of companyName(row[at(nameColumn)] ?? '')) names.add(name);
  }
  return names;
}

// --- newspapers: Wikipedia titles with a Wikidata id ----------------------------------------------

function newspaperNames() {
  const [header, ...rows] = show(SOURCES.newspapers.repo, 'data/wikipedia-us-newspapers.tsv')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split('\t'));
  const title = header.indexOf('WP-title');
  const qid = header.indexOf('qid');
  const names = new Set();
  for (const row of rows) {
    if (!row[qid]?.startsWith('Q')) continue;
    // "The Sun (Lowell)", "Courier (newspaper)": the disambiguation is not part of the name.
    const name = clean((row[title] ?? '').replace(/\s*\(.*\)$/, ''));
    // A one-word newspaper title is a plain word ("Courier", "Times") more often than a name.
    if (name && name.includes(' ')) names.add(name);
  }
  return names;
}

// --- news publishers: the names in fundus's table of supported publishers ------------------------

function publisherNames() {
  const page = show(SOURCES.publishers.repo, 'docs/supported_publishers.md');
  const names = new Set();
  for (const [, html] of page.matchAll(/<div>([^<]+)<\/div>/g)) {
    const text = html
      .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
      .replace(/&amp;/g, '&')
      // "Bayerischer Rundfunk (BR)", "Euronews (EN)": the bracket is an abbreviation or an edition.
      .replace(/\s*\(.*\)$/, '');
    const name = clean(text);
    if (name) names.add(name);
  }
  return names;
}

const lists = {
  brands: brandNames(),
  nasdaq: listedNames(
    SOURCES.nasdaq.repo,
    'data/nasdaq-listed-symbols.csv',
    'Company Name',
    'ETF',
    'Test Issue',
  ),
  nyse: new Set([
    ...listedNames(SOURCES.nyse.repo, 'data/nyse-listed.csv', 'Company Name', 'ETF', 'Test Issue'),
    ...listedNames(SOURCES.nyse.repo, 'data/other-listed.csv', 'Company Name', 'ETF', 'Test Issue'),
  ]),
  newspapers: newspaperNames(),
  publishers: publisherNames(),
};

const all = new Set();
for (const names of Object.values(lists)) for (const n of names) all.add(n);
const names = [...all].sort();

// BSD-3-Clause and MIT ask that their notice travel with every copy: it is kept in the file, which
// the background's bundle carries whole.
const sources = Object.entries(SOURCES).map(([key, { licenceFile, ...s }]) => ({
  ...s,
  commit: git(s.repo, 'rev-parse', 'HEAD').trim(),
  names: lists[key].size,
  ...(licenceFile ? { notice: show(s.repo, licenceFile).trim() } : {}),
}));
writeFileSync(values.out, `${JSON.stringify({ sources, count: names.length, names })}\n`);
console.error(`${values.out}: ${names.length} names`);
for (const s of sources) console.error(`  ${s.repo}: ${s.names}`);
