import {
  detectSpecialCategories,
  SPECIAL_CATEGORIES,
  type SpecialCategory,
} from '../../../../../shared/domain/special-categories';
import type { LabelledSentence } from './corpus';

export interface Score {
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  perCategory: Record<SpecialCategory, Score>;
  micro: Score;
}

function score(tp: number, fp: number, fn: number): Score {
  // Nothing predicted means nothing wrongly predicted; nothing to find means nothing missed.
  return {
    support: tp + fn,
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Sentence level: a sentence's set of detected categories against its labelled set. */
export function evaluate(sentences: readonly LabelledSentence[]): Evaluation {
  const counts = Object.fromEntries(
    SPECIAL_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<SpecialCategory, { tp: number; fp: number; fn: number }>;
  for (const s of sentences) {
    const predicted = new Set(detectSpecialCategories(s.text).map((f) => f.category));
    const expected = new Set(s.expected);
    for (const c of SPECIAL_CATEGORIES) {
      if (predicted.has(c) && expected.has(c)) counts[c].tp++;
      else if (predicted.has(c)) counts[c].fp++;
      else if (expected.has(c)) counts[c].fn++;
    }
  }
  const perCategory = Object.fromEntries(
    SPECIAL_CATEGORIES.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)]),
  ) as Record<SpecialCategory, Score>;
  const sum = (k: 'tp' | 'fp' | 'fn') => SPECIAL_CATEGORIES.reduce((n, c) => n + counts[c][k], 0);
  return { perCategory, micro: score(sum('tp'), sum('fp'), sum('fn')) };
}

/** Sentences the detector gets wrong, for the printed report. */
export function mistakes(sentences: readonly LabelledSentence[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const predicted = new Set(detectSpecialCategories(s.text).map((f) => f.category));
    const expected = new Set(s.expected);
    for (const c of SPECIAL_CATEGORIES) {
      if (predicted.has(c) && !expected.has(c)) out.push(`  FP ${c}: ${s.text}`);
      if (!predicted.has(c) && expected.has(c)) out.push(`  FN ${c}: ${s.text}`);
    }
  }
  return out;
}

export function formatTable(title: string, sentences: readonly LabelledSentence[]): string {
  const { perCategory, micro } = evaluate(sentences);
  const none = sentences.filter((s) => s.expected.length === 0).length;
  const row = (name: string, s: Score) =>
    `${name.padEnd(19)}${String(s.support).padStart(5)}${String(s.tp).padStart(5)}` +
    `${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}` +
    `${s.precision.toFixed(2).padStart(11)}${s.recall.toFixed(2).padStart(8)}`;
  const lines = [
    `${title}: ${sentences.length} sentences (${sentences.filter((s) => s.lang === 'nl').length} Dutch, ${none} labelled none)`,
    `${'category'.padEnd(19)}${'n'.padStart(5)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(8)}`,
    ...SPECIAL_CATEGORIES.map((c) => row(c, perCategory[c])),
    row('micro average', micro),
  ];
  const wrong = mistakes(sentences);
  if (wrong.length > 0) lines.push('mistakes:', ...wrong);
  return lines.join('\n');
}
