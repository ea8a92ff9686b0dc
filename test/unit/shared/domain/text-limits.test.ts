import { describe, expect, it } from 'vitest';
import { capText, TEXT_LIMITS } from '../../../../shared/domain/text-limits';
import {
  formToInput,
  validateLogbook,
  type LogbookFormValues,
} from '../../../../shared/domain/logbook';
import { validateDocumentInput } from '../../../../shared/domain/documents';

// Security review, issue 9 item 10: free text is capped, and the cap is the validation limit.
describe('free-text caps', () => {
  it('cuts a 1 MB paste to the cap and says so', () => {
    const mb = 'x'.repeat(1024 * 1024);
    expect(capText(mb, TEXT_LIMITS.logbookSummary)).toEqual({
      value: 'x'.repeat(20_000),
      cut: true,
    });
    expect(capText('kort', 10)).toEqual({ value: 'kort', cut: false });
  });

  it('never leaves half a surrogate pair at the cut', () => {
    const r = capText('ab😀cd', 3);
    expect(r).toEqual({ value: 'ab', cut: true });
    expect(/\p{Cs}/u.test(r.value)).toBe(false);
  });

  it('lets exactly the cap through validation, and refuses one more', () => {
    const form = (summary: string): LogbookFormValues => ({
      date: '02-11-2026',
      time: '10:00',
      durationMinutes: '60',
      contactType: 'face-to-face',
      participants: '',
      summary,
      agreements: '',
      followUpDate: '',
    });
    expect(validateLogbook(formToInput(form('a'.repeat(TEXT_LIMITS.logbookSummary)))).ok).toBe(
      true,
    );
    expect(validateLogbook(formToInput(form('a'.repeat(TEXT_LIMITS.logbookSummary + 1)))).ok).toBe(
      false,
    );
    const doc = { direction: 'ontvangen' as const, date: '02-11-2026', counterparty: 'UWV' };
    expect(
      validateDocumentInput({ ...doc, description: 'a'.repeat(TEXT_LIMITS.documentDescription) })
        .ok,
    ).toBe(true);
    expect(
      validateDocumentInput({
        ...doc,
        description: 'a'.repeat(TEXT_LIMITS.documentDescription + 1),
      }).ok,
    ).toBe(false);
  });
});
