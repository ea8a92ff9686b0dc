import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { messages as compartment } from '../../../../../renderer/features/compartment/i18n';
import { cvFreeTexts, isCvFreeText } from '../../../../../renderer/features/cv/cv-findings';
import { CvTextFindings } from '../../../../../renderer/features/cv/CvTextFindings';
import { messages as cv } from '../../../../../renderer/features/cv/i18n';

async function render(texts: string[], lng: 'nl' | 'en' = 'nl'): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: {
      nl: { translation: { ...compartment.nl, ...cv.nl } },
      en: { translation: { ...compartment.en, ...cv.en } },
    },
    lng,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(CvTextFindings, { texts })),
  );
}

describe('special categories in CV free text', () => {
  it('takes the free-text fields of each list, not titles, places or dates', () => {
    const work = [
      {
        jobTitle: 'Verpleegkundige',
        place: 'Zwolle',
        description: 'Na mijn burn-out weer begonnen.',
      },
      { jobTitle: 'Kok', description: '  ' },
    ];
    expect(cvFreeTexts('work', work)).toEqual(['Na mijn burn-out weer begonnen.']);
    expect(
      cvFreeTexts('education', [{ title: 'MBO', notes: 'Gestopt door mijn depressie.' }]),
    ).toEqual(['Gestopt door mijn depressie.']);
    expect(cvFreeTexts('skills', [{ name: 'Heftruck', description: 'VCA' }])).toEqual(['VCA']);
    expect(cvFreeTexts('languages', [{ language: 'Turks', level: 'C2' }])).toEqual([]);
    expect(isCvFreeText('work', 'description')).toBe(true);
    expect(isCvFreeText('work', 'jobTitle')).toBe(false);
  });

  it('shows nothing for a clean text', async () => {
    expect(await render(['Ervaren orderpicker met heftruckcertificaat.'])).toBe('');
  });

  it('marks the words and says why they do not belong in a CV, without offering to seal', async () => {
    const html = await render(['Sinds mijn burn-out werk ik parttime.', 'Actief in de moskee.']);
    expect(html).toContain('<mark>burn-out</mark>');
    expect(html).toContain('<mark>moskee</mark>');
    expect(html).toContain('Een cv gaat naar werkgevers');
    expect(html).not.toContain('Verzegeld');
    expect(html).not.toContain('<button');
    const en = await render(['Sinds mijn burn-out werk ik parttime.'], 'en');
    expect(en).toContain('A CV goes to employers');
  });
});
