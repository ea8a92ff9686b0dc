import type { TFunction } from 'i18next';
import type { CvItems, CvListKey } from '../../../shared/domain/cv';
import { TEXT_LIMITS } from '../../../shared/domain/text-limits';
import type { MessageKey } from '../../i18n/keys';
import { formatMonthYear, formatPeriod, type CvLanguage } from './cv-format';

/** One input in an item's dialog; `name` is the item's field. */
export type FieldDef =
  | {
      kind: 'text';
      name: string;
      label: MessageKey;
      width?: 's' | 'm' | 'l';
      placeholder?: MessageKey;
    }
  | { kind: 'textarea'; name: string; label: MessageKey; max: number }
  | { kind: 'monthYear'; name: string; label: MessageKey; disabledBy?: string }
  | { kind: 'checkbox'; name: string; label: MessageKey; hint?: MessageKey }
  | { kind: 'level'; name: string; label: MessageKey };

const f = <K extends string>(key: K) => `cv.fields.${key}` as const;

/** The dialog of each list, row by row. Labels are i18n keys. */
export const SECTION_FIELDS: Record<CvListKey, FieldDef[][]> = {
  work: [
    [{ kind: 'text', name: 'jobTitle', label: f('jobTitle'), width: 'l' }],
    [
      { kind: 'text', name: 'employer', label: f('employer') },
      { kind: 'text', name: 'place', label: f('place') },
    ],
    [
      { kind: 'monthYear', name: 'from', label: f('from') },
      { kind: 'monthYear', name: 'to', label: f('to'), disabledBy: 'current' },
      { kind: 'checkbox', name: 'current', label: f('current') },
    ],
    [
      {
        kind: 'textarea',
        name: 'description',
        label: f('description'),
        max: TEXT_LIMITS.cvItemDescription,
      },
    ],
  ],
  education: [
    [{ kind: 'text', name: 'title', label: f('title'), width: 'l' }],
    [
      { kind: 'text', name: 'institution', label: f('institution') },
      { kind: 'text', name: 'place', label: f('place') },
    ],
    [
      { kind: 'monthYear', name: 'from', label: f('from') },
      { kind: 'monthYear', name: 'to', label: f('to'), disabledBy: 'current' },
      { kind: 'checkbox', name: 'current', label: f('current') },
    ],
    [{ kind: 'checkbox', name: 'diploma', label: f('diploma') }],
    [{ kind: 'textarea', name: 'notes', label: f('notes'), max: TEXT_LIMITS.cvItemNotes }],
  ],
  courses: [
    [{ kind: 'text', name: 'name', label: f('name'), width: 'l' }],
    [{ kind: 'text', name: 'issuer', label: f('issuer') }],
    [
      { kind: 'monthYear', name: 'date', label: f('date') },
      { kind: 'monthYear', name: 'validUntil', label: f('validUntil') },
    ],
  ],
  skills: [
    [{ kind: 'text', name: 'name', label: f('skill'), width: 'l' }],
    [{ kind: 'text', name: 'description', label: f('skillDescription'), width: 'l' }],
  ],
  languages: [
    [
      { kind: 'text', name: 'language', label: f('language') },
      { kind: 'level', name: 'level', label: f('level') },
    ],
  ],
  references: [
    [
      { kind: 'text', name: 'name', label: f('name') },
      {
        kind: 'text',
        name: 'relation',
        label: f('relation'),
        placeholder: f('relationPlaceholder'),
      },
    ],
    [{ kind: 'text', name: 'contact', label: f('contact'), width: 'l' }],
    [
      {
        kind: 'checkbox',
        name: 'onRequestOnly',
        label: f('onRequestOnly'),
        hint: f('onRequestHint'),
      },
    ],
  ],
};

export interface ItemSummary {
  title: string;
  sub: string;
  meta: string;
}

/** What a list row shows of an item. */
export function summarize<K extends CvListKey>(
  key: K,
  item: CvItems[K],
  t: TFunction,
  language: CvLanguage,
): ItemSummary {
  const join = (...parts: string[]) => parts.filter(Boolean).join(', ');
  const period = (from: string, to: string) =>
    formatPeriod(from, to, language, t('cv.item.present'));
  // The union of item types does not narrow on `key`, so each case picks its own type.
  switch (key) {
    case 'work': {
      const w = item as CvItems['work'];
      return { title: w.jobTitle, sub: join(w.employer, w.place), meta: period(w.from, w.to) };
    }
    case 'education': {
      const e = item as CvItems['education'];
      return {
        title: e.title,
        sub: join(e.institution, e.place, e.diploma ? t('cv.item.diploma') : ''),
        meta: period(e.from, e.to),
      };
    }
    case 'courses': {
      const c = item as CvItems['courses'];
      return {
        title: c.name,
        sub: join(
          c.issuer,
          c.validUntil
            ? t('cv.item.validUntil', { date: formatMonthYear(c.validUntil, language) })
            : '',
        ),
        meta: formatMonthYear(c.date, language),
      };
    }
    case 'skills': {
      const s = item as CvItems['skills'];
      return { title: s.name, sub: s.description, meta: '' };
    }
    case 'languages': {
      const l = item as CvItems['languages'];
      return { title: l.language, sub: t(`cv.levels.${l.level}`), meta: '' };
    }
    default: {
      const r = item as CvItems['references'];
      return {
        title: r.name,
        sub: join(r.relation, r.contact, r.onRequestOnly ? t('cv.item.onRequest') : ''),
        meta: '',
      };
    }
  }
}
