import { describe, expect, it } from 'vitest';
import { renderErasureCertificate } from '../../../../renderer/features/erasure/certificate-pdf';
import type { ErasureEntry } from '../../../../shared/domain/erasure';
import { planErasure } from '../../../../shared/domain/erasure-plan';
import { pdfPagesText } from './cv/pdf-text';
import { nodePdfFontFiles } from './ui/pdf-font-files';

const on = new Date('2026-11-30T10:15:00Z');
const plan = planErasure(
  [
    { category: 'personalia', retention: 'dossier', compartment: false, count: 1 },
    { category: 'logbook', retention: 'coaching-report', compartment: false, count: 12 },
    { category: 'other-special', retention: 'coaching-report', compartment: true, count: 2 },
    { category: 'trajectory', retention: 'financial', compartment: false, count: 4 },
  ],
  on,
);
const entry: ErasureEntry = {
  id: 'e-123',
  clientId: 'c-9',
  erasedAt: on.toISOString(),
  reason: 'client-request',
  requestId: 'VZ-2026-7',
  categories: plan.erased.map((e) => e.category),
  kept: plan.kept.map(({ count: _c, ...k }) => k),
};

describe('the erasure certificate', () => {
  it('names in Dutch what was erased, how, what is kept until when, and the last backup', async () => {
    const pdf = await renderErasureCertificate({
      entry,
      plan,
      clientName: 'Ayşe Çelik',
      backupDays: 14,
      lastBackupExpires: '2026-12-14',
      language: 'nl',
      fonts: nodePdfFontFiles(),
    });
    const text = (await pdfPagesText(pdf)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Verklaring van verwijdering');
    expect(text).toContain('Ayşe Çelik');
    expect(text).toContain('Verslagen van contacten (logboek) (12 stuks)');
    expect(text).toContain('Verzegelde gegevens');
    expect(text).toContain('crypto-shredding');
    expect(text).toContain('31 december 2033');
    expect(text).toContain('fiscale bewaarplicht');
    expect(text).toContain('14 december 2026');
    expect(text).toContain('VZ-2026-7');
  });

  it('has an English version', async () => {
    const pdf = await renderErasureCertificate({
      entry: { ...entry, kept: [] },
      plan: { ...plan, kept: [] },
      clientName: 'Ayşe Çelik',
      backupDays: 14,
      lastBackupExpires: '2026-12-14',
      language: 'en',
      fonts: nodePdfFontFiles(),
    });
    const text = (await pdfPagesText(pdf)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of erasure');
    expect(text).toContain('Nothing. No legal duty');
    expect(text).toContain('14 December 2026');
  });
});
