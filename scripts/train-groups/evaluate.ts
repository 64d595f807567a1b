// Span scores of a tagger against labelled documents: exact-match precision, recall and F1 per
// name type, as conlleval counts them (a name is right only when its type and both ends are).

import { documentFacts } from '../../src/core/groups/tagger/features';
import { labelTokens } from '../../src/core/groups/tagger';
import type { TaggerModel } from '../../src/core/groups/tagger/model';
import type { Document } from './corpora';

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

function spans(labels: readonly string[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.add(`${type}:${start}:${end}`);
    start = -1;
  };
  labels.forEach((label, i) => {
    if (label.startsWith('I-') && start >= 0 && label.slice(2) === type) return;
    close(i - 1);
    if (label !== 'O') {
      start = i;
      type = label.slice(2);
    }
  });
  close(labels.length - 1);
  return out;
}

export function scoreSpans(
  model: TaggerModel,
  docs: readonly Document[],
): Record<string, SpanScore> {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      counts.set(type, c);
    }
    return c;
  };
  for (const doc of docs) {
    const facts = documentFacts(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) {
      const gold = spans(s.labels);
      const predicted = spans(labelTokens(model, s.words, facts));
      for (const g of gold) count(g.split(':')[0] ?? '').gold += 1;
      for (const p of predicted) {
        const c = count(p.split(':')[0] ?? '');
        c.predicted += 1;
        if (gold.has(p)) c.correct += 1;
      }
    }
  }
  const out: Record<string, SpanScore> = {};
  for (const [type, c] of counts) {
    const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
    const recall = c.gold === 0 ? 0 : c.correct / c.gold;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[type] = { precision, recall, f1, ...c };
  }
  return out;
}
