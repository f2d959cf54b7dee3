import { describe, expect, it } from 'vitest';
import { isLocalGovernmentCode, localGovernmentCheckDigit } from '../../src/core/local-government-code.ts';
import { siteSchema } from '../../src/schema/site.ts';

describe('全国地方公共団体コード', () => {
  it.each(['271403', '271446', '272141', '131016', '011002'])('accepts %s', (code) =>
    expect(isLocalGovernmentCode(code)).toBe(true),
  );
  it.each(['271440', '27140', '2714030', '27140a', ''])('refuses %j', (code) =>
    expect(isLocalGovernmentCode(code)).toBe(false),
  );
  it('computes the check digit', () => {
    expect(localGovernmentCheckDigit('27140')).toBe(3);
    expect(localGovernmentCheckDigit('27144')).toBe(6);
  });
  it('tells an editor the check digit a five-digit code needs', () => {
    const result = siteSchema.shape.openData.safeParse({
      publisherCode: '27140',
      publisherName: '堺市',
      locationCode: '271446',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/27140 なら検査数字を付けて 271403/);
  });
});
