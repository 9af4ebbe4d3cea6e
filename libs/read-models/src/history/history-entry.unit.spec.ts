import { agencyIdsIn, historyEntry, type AgencyRef } from './history-entry';

const NAMES: Record<string, string> = {
  'ubnd-tp-tay-ninh': 'Ủy ban nhân dân thành phố Tây Ninh',
  'ubnd-phuong-tan-ninh': 'Ủy ban nhân dân phường Tân Ninh',
};
const agency = (id: string): AgencyRef => ({ id, name: NAMES[id] ?? null });

describe('a history entry as data', () => {
  const transferred = {
    log_position: 42,
    recommendation_id: 'kn-1',
    at: '2026-06-16T02:00:00.000Z',
    type: 'RecommendationTransferred',
    business_date: '2025-07-01',
    actor: JSON.stringify({ userId: 'u-1', username: 'system', role: 'system' }),
    details: JSON.stringify({
      fromAgencyId: 'ubnd-tp-tay-ninh',
      toAgencyId: 'ubnd-phuong-tan-ninh',
      effectiveOn: '2025-07-01',
      basis: 'Nghị quyết 1656/NQ-UBTVQH15',
    }),
    summary: 'Passed from ubnd-tp-tay-ninh to ubnd-phuong-tan-ninh from 2025-07-01',
  };

  it('names the agencies a succession passed the case between, with their ids', () => {
    expect(historyEntry(transferred, agency)).toEqual({
      at: '2026-06-16T02:00:00.000Z',
      type: 'RecommendationTransferred',
      on: '2025-07-01',
      actor: { userId: 'u-1', username: 'system', role: 'system' },
      fromAgency: { id: 'ubnd-tp-tay-ninh', name: 'Ủy ban nhân dân thành phố Tây Ninh' },
      toAgency: { id: 'ubnd-phuong-tan-ninh', name: 'Ủy ban nhân dân phường Tân Ninh' },
      effectiveOn: '2025-07-01',
      basis: 'Nghị quyết 1656/NQ-UBTVQH15',
    });
  });

  it("names an agency officer's agency, and finds every agency id a page of entries needs", () => {
    const responded = {
      ...transferred,
      type: 'ResponseRecorded',
      actor: JSON.stringify({
        userId: 'u-2',
        username: 'vp.ubnd',
        role: 'agency',
        agencyId: 'ubnd-phuong-tan-ninh',
      }),
      details: JSON.stringify({ agencyId: 'ubnd-tp-tay-ninh', position: 'accepted' }),
    };
    expect(historyEntry(responded, agency)).toMatchObject({
      actor: { username: 'vp.ubnd', agency: agency('ubnd-phuong-tan-ninh') },
      agency: agency('ubnd-tp-tay-ninh'),
      position: 'accepted',
    });
    expect(historyEntry(responded, agency)).not.toHaveProperty('agencyId');
    expect([...agencyIdsIn([transferred, responded])].sort()).toEqual([
      'ubnd-phuong-tan-ninh',
      'ubnd-tp-tay-ninh',
    ]);
  });
});
