import type { HealthSubtype, SpecialCategory } from './categories';
import { detectSpecialCategoriesDetailed } from './matcher';

export interface Explanation {
  nl: string;
  en: string;
}

export const AP_HEALTH_RULE: Explanation = {
  nl:
    'Een diagnose, ziektenaam, klachten, therapie of afspraken met artsen mag je als ' +
    're-integratiecoach niet vastleggen (Autoriteit Persoonsgegevens). Leg alleen functionele ' +
    'beperkingen, belastbaarheid en aanpassingen vast.',
  en:
    'As a reintegration coach you may not record a diagnosis, the name of an illness, ' +
    'complaints, therapy or appointments with doctors (Dutch Data Protection Authority). ' +
    'Record only functional limitations, capacity and adjustments.',
};

export const CATEGORY_LABELS: Readonly<Record<SpecialCategory, Explanation>> = {
  health: { nl: 'gezondheid', en: 'health' },
  religion: { nl: 'religie of levensovertuiging', en: 'religion or belief' },
  ethnicity: { nl: 'etnische afkomst', en: 'ethnic origin' },
  politics: { nl: 'politieke opvattingen', en: 'political opinions' },
  'sexual-life': {
    nl: 'seksueel leven of seksuele geaardheid',
    en: 'sex life or sexual orientation',
  },
  union: { nl: 'lidmaatschap van een vakbond', en: 'trade union membership' },
  criminal: { nl: 'strafrechtelijk verleden', en: 'criminal record' },
  'biometric-genetic': {
    nl: 'biometrische of genetische gegevens',
    en: 'biometric or genetic data',
  },
  financial: { nl: 'schulden en kredietwaardigheid', en: 'debts and creditworthiness' },
};

const HEALTH_LEAD: Readonly<Record<HealthSubtype, Explanation>> = {
  diagnosis: { nl: 'Dit lijkt een diagnose of ziektenaam.', en: 'This looks like a diagnosis.' },
  complaint: {
    nl: 'Dit lijkt een specifieke klacht.',
    en: 'This looks like a specific complaint.',
  },
  medication: { nl: 'Dit gaat over medicijnen.', en: 'This is about medication.' },
  treatment: {
    nl: 'Dit gaat over een behandeling of behandelaar.',
    en: 'This is about treatment or a practitioner.',
  },
  appointment: {
    nl: 'Dit gaat over een afspraak met een arts of behandelaar.',
    en: 'This is about an appointment with a doctor or practitioner.',
  },
};

function healthSubtypeOf(matchedText: string): HealthSubtype {
  const found = detectSpecialCategoriesDetailed(matchedText).find((f) => f.category === 'health');
  return found?.subtype ?? 'diagnosis';
}

/**
 * Why a finding matters, in Dutch and English. For health the Autoriteit
 * Persoonsgegevens' rule for reintegration is always part of the text.
 */
export function explainFinding(category: SpecialCategory, matchedText = ''): Explanation {
  if (category === 'health') {
    const lead = HEALTH_LEAD[healthSubtypeOf(matchedText)];
    return { nl: `${lead.nl} ${AP_HEALTH_RULE.nl}`, en: `${lead.en} ${AP_HEALTH_RULE.en}` };
  }
  const label = CATEGORY_LABELS[category];
  const article = category === 'criminal' ? '10' : '9';
  if (category === 'financial') {
    return {
      nl:
        `Dit lijkt informatie over ${label.nl}. Volgens de privacyverklaring hoort dit in ` +
        'een beveiligde omgeving; leg het alleen vast als het traject het echt nodig heeft.',
      en:
        `This looks like information about ${label.en}. The privacy statement keeps it in a ` +
        'secured environment; record it only if the trajectory really needs it.',
    };
  }
  return {
    nl:
      `Dit lijkt informatie over ${label.nl}: een bijzonder persoonsgegeven (AVG art. ` +
      `${article}). Leg het alleen vast als het traject het echt nodig heeft.`,
    en:
      `This looks like information about ${label.en}: a special category of personal data ` +
      `(GDPR art. ${article}). Record it only if the trajectory really needs it.`,
  };
}
