import type { ObstacleHistoryEntry } from './obstacle';
import { historyDetails } from './obstacle-history';

const step = (type: string, fields: Partial<ObstacleHistoryEntry>): ObstacleHistoryEntry => ({
  at: '2024-05-15T03:00:00.000Z',
  type,
  on: '2024-05-15',
  actor: { username: 'thu-ky', displayName: 'Thư ký HĐND tỉnh Tây Ninh' },
  ...fields,
});

const province = { id: 'ubnd-tinh-tay-ninh', name: 'Ủy ban nhân dân tỉnh Tây Ninh' };

describe('what each step of an obstacle’s history says', () => {
  it('names the agency an assignment gives it to, and the level', () => {
    expect(
      historyDetails(step('ObstacleAssigned', { agency: province, competence: 'province' })),
    ).toEqual([
      { label: 'obstacles.history.agency', text: province.name, agencyId: province.id },
      { label: 'obstacles.history.competence', competence: 'province' },
    ]);
  });

  it('gives a referral’s body and its reason', () => {
    expect(
      historyDetails(
        step('ObstacleReferred', {
          toAgency: { id: 'bo-cong-an', name: null },
          competence: 'central',
          note: 'Đề nghị Bộ Công an đồng bộ dữ liệu',
        }),
      ),
    ).toEqual([
      { label: 'obstacles.history.toAgency', text: 'bo-cong-an', agencyId: 'bo-cong-an' },
      { label: 'obstacles.history.competence', competence: 'central' },
      { label: 'obstacles.history.reason', text: 'Đề nghị Bộ Công an đồng bộ dữ liệu' },
    ]);
  });

  it('links the obstacle a merge went into', () => {
    expect(historyDetails(step('ObstacleMerged', { intoObstacleId: 'kk-2' }))).toEqual([
      { mergedInto: 'kk-2' },
    ]);
  });

  it('says how it was removed, with each document', () => {
    expect(
      historyDetails(
        step('ObstacleResolved', {
          resolution: 'Đã đồng bộ',
          evidence: [{ title: 'Báo cáo', reference: '123/BC-UBND' }],
        }),
      ),
    ).toEqual([
      { label: 'obstacles.history.resolution', text: 'Đã đồng bộ' },
      { label: 'obstacles.history.evidence', text: 'Báo cáo (123/BC-UBND)' },
    ]);
  });

  it('shows both agencies of a succession’s handover and its basis', () => {
    expect(
      historyDetails(
        step('ObstacleTransferred', {
          fromAgency: { id: 'a', name: 'A' },
          toAgency: { id: 'b', name: 'B' },
          basis: 'NQ 1682',
        }),
      ).map((d) => ('label' in d ? d.label : '')),
    ).toEqual([
      'obstacles.history.fromAgency',
      'obstacles.history.toAgency',
      'obstacles.history.basis',
    ]);
  });

  it('says nothing more of a step it does not know', () => {
    expect(historyDetails(step('SomethingNew', {}))).toEqual([]);
  });
});
