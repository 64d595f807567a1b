// The shipped weights file (tagger-weights.json) and its codec. The perceptron's emission table is
// mostly zeros (a feature only moves the labels it was once confused between), so the file keeps the
// non-zero cells only: their positions as varint gaps and their values as int8, both in base64,
// with one scale for the whole table. Quantising to int8 was measured against float weights on the
// tune part of the groups dev set and on CoNLL-2003 testa (docs/GROUP-TAGGER.md).

import { LABEL_COUNT, START_ROW, type TaggerModel } from './model';

export interface WeightsFile {
  format: 'newslens-tagger/1';
  /** Size of the hashed feature table (a power of two). */
  buckets: number;
  labels: readonly string[];
  /** Real weight = int8 value × scale. */
  scale: number;
  /** Non-zero cells: varint gaps between cell indexes (cell = bucket × labels + label), base64. */
  cells: string;
  /** The cells' int8 values, base64. */
  values: string;
  transitions: number[];
  /** What the weights were trained on and how they scored (docs/GROUP-TAGGER.md). */
  provenance: Record<string, unknown>;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Plain base64 (no API: the core runs in the browser and in Node alike). */
export function fromBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 0x3d) length -= 1;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < length; i++) {
    const d = DECODE[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error('tagger weights: not base64');
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    out += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=';
    out += i + 2 < bytes.length ? (ALPHABET[n & 63] ?? '') : '=';
  }
  return out;
}

export function decodeWeights(file: WeightsFile): TaggerModel {
  if (file.format !== 'newslens-tagger/1' || file.labels.length !== LABEL_COUNT) {
    throw new Error('tagger weights: unknown format');
  }
  const weights = new Float32Array(file.buckets * LABEL_COUNT);
  const gaps = fromBase64(file.cells);
  const values = fromBase64(file.values);
  let cell = -1;
  let g = 0;
  for (let v = 0; v < values.length; v++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[g++] ?? 0;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    cell += gap;
    const raw = values[v] ?? 0;
    weights[cell] = (raw > 127 ? raw - 256 : raw) * file.scale;
  }
  const transitions = Float32Array.from(file.transitions);
  if (transitions.length !== (START_ROW + 1) * LABEL_COUNT) {
    throw new Error('tagger weights: bad transition table');
  }
  return { buckets: file.buckets, weights, transitions };
}

/** The file for a trained model; cells whose int8 value rounds to 0 are left out. */
export function encodeWeights(
  model: TaggerModel,
  labels: readonly string[],
  provenance: Record<string, unknown>,
): WeightsFile {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  model.weights.forEach((w, cell) => {
    const q = Math.round(w / scale);
    if (q === 0) return;
    let gap = cell - last;
    last = cell;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    gaps.push(gap);
    values.push(q < 0 ? q + 256 : q);
  });
  return {
    format: 'newslens-tagger/1',
    buckets: model.buckets,
    labels,
    scale,
    cells: toBase64(Uint8Array.from(gaps)),
    values: toBase64(Uint8Array.from(values)),
    transitions: Array.from(model.transitions, (t) => Math.round(t * 1000) / 1000),
    provenance,
  };
}
