import { given, active, ids } from '@hdnd/testing';
import type { ObstacleCommand, ObstacleEvent } from '.';
import { obstacleDecider, obstacleStandingOf } from '.';

const obs = ids.vneidObstacle;
const record: ObstacleCommand = {
  type: 'RecordObstacle',
  data: {
    obstacleId: obs,
    delegationId: ids.delegation,
    findingId: ids.vneidFinding,
    surveyId: ids.survey,
    sourceAgencyId: ids.city,
    statement:
      'Dữ liệu cá nhân trong tài khoản dịch vụ công không còn khi chuyển sang VNeID mức độ 2',
    recordedOn: '2024-04-02',
  },
};
const then = (history: readonly ObstacleEvent[], command: ObstacleCommand) => [
  ...history,
  ...given(obstacleDecider, history).when(command),
];
const recorded = then([], record);
const assign = (over = {}, agency = active(ids.province)): ObstacleCommand => ({
  type: 'AssignObstacle',
  data: {
    obstacleId: obs,
    agencyId: ids.province,
    competence: 'province',
    assignedOn: '2024-05-15',
    ...over,
  },
  agency,
});
const refer = (over = {}): ObstacleCommand => ({
  type: 'ReferObstacle',
  data: {
    obstacleId: obs,
    toAgencyId: 'bo-cong-an',
    competence: 'central',
    referredOn: '2024-06-01',
    note: 'Đề nghị Bộ Công an khôi phục dữ liệu',
    ...over,
  },
  agency: active('bo-cong-an'),
});
const resolve = (over = {}): ObstacleCommand => ({
  type: 'ResolveObstacle',
  data: {
    obstacleId: obs,
    resolvedOn: '2024-12-20',
    resolution: 'Dữ liệu đã được đồng bộ lại (dữ liệu mẫu)',
    ...over,
  },
});
const merge = (
  over = {},
  target = { obstacleId: 'kk-phuong-1', exists: true, open: true },
): ObstacleCommand => ({
  type: 'MergeObstacles',
  data: { obstacleId: obs, intoObstacleId: 'kk-phuong-1', mergedOn: '2024-04-10', ...over },
  target,
});
const assigned = then(recorded, assign());
const resolved = then(assigned, resolve());
const merged = then(recorded, merge());
const state = (h: readonly ObstacleEvent[]) => given(obstacleDecider, h).state();

describe('Obstacle decider', () => {
  it('records the VNeID data-loss obstacle from its finding', () => {
    expect(state(recorded)).toMatchObject({ status: 'recorded', sourceAgencyId: ids.city });
  });

  it('refuses to record it twice or without a statement', () => {
    expect(given(obstacleDecider, recorded).rejects(record)).toBe('obstacle.already-recorded');
    expect(
      given(obstacleDecider, []).rejects({
        ...record,
        data: { ...record.data, statement: '' },
      } as ObstacleCommand),
    ).toBe('obstacle.statement-required');
  });

  it('is assigned to the competent agency, then referred upwards', () => {
    expect(state(assigned)).toMatchObject({
      status: 'assigned',
      responsibleAgencyId: ids.province,
      competence: 'province',
    });
    expect(state(then(assigned, refer()))).toMatchObject({
      status: 'referred',
      responsibleAgencyId: 'bo-cong-an',
      competence: 'central',
    });
  });

  it('is resolved with its resolution and evidence kept', () => {
    const events = given(obstacleDecider, assigned).when(
      resolve({ evidence: [{ title: 'Công văn', reference: '45/CV-CA' }] }),
    );
    expect(events).toEqual([
      {
        type: 'ObstacleResolved',
        data: {
          obstacleId: obs,
          resolvedOn: '2024-12-20',
          resolution: 'Dữ liệu đã được đồng bộ lại (dữ liệu mẫu)',
          evidence: [{ title: 'Công văn', reference: '45/CV-CA' }],
        },
      },
    ]);
    expect(state(resolved).status).toBe('resolved');
  });

  it.each([
    ['resolving a resolved obstacle', resolved, resolve(), 'obstacle.already-resolved'],
    ['resolving a merged obstacle', merged, resolve(), 'obstacle.merged'],
    [
      'resolving without a resolution',
      assigned,
      resolve({ resolution: ' ' }),
      'obstacle.resolution-required',
    ],
    [
      'resolving with blank evidence',
      assigned,
      resolve({ evidence: [{ title: ' ', reference: 'CV 12/UBND' }] }),
      'obstacle.evidence-incomplete',
    ],
    [
      'passing on without a basis',
      assigned,
      {
        type: 'TransferObstacle',
        data: {
          obstacleId: obs,
          fromAgencyId: ids.province,
          toAgencyId: 'ubnd-tinh-moi',
          effectiveOn: '2025-07-01',
          basis: '  ',
        },
      } as ObstacleCommand,
      'transfer.basis-required',
    ],
    [
      'resolving before it was recorded',
      assigned,
      resolve({ resolvedOn: '2024-01-01' }),
      'obstacle.date-before-record',
    ],
    ['resolving an obstacle never recorded', [], resolve(), 'obstacle.not-recorded'],
    [
      'assigning to an abolished agency',
      recorded,
      assign(
        {},
        {
          agencyId: ids.province,
          registered: true,
          succession: { successorId: 'x', effectiveOn: '2024-01-01' },
        },
      ),
      'agency.abolished',
    ],
    [
      'assigning to an unregistered agency',
      recorded,
      assign({}, { agencyId: ids.province, registered: false }),
      'agency.not-registered',
    ],
    ['assigning a resolved obstacle', resolved, assign(), 'obstacle.already-resolved'],
    [
      'referring without saying what is asked',
      recorded,
      refer({ note: '' }),
      'obstacle.referral-note-required',
    ],
    ['merging into itself', recorded, merge({ intoObstacleId: obs }), 'obstacle.merge-into-self'],
    [
      'merging into an unknown obstacle',
      recorded,
      merge({}, { obstacleId: 'kk-phuong-1', exists: false, open: false }),
      'obstacle.merge-target-unknown',
    ],
    [
      'merging into a resolved obstacle',
      recorded,
      merge({}, { obstacleId: 'kk-phuong-1', exists: true, open: false }),
      'obstacle.merge-target-closed',
    ],
    ['merging twice', merged, merge(), 'obstacle.merged'],
  ] as const)('refuses %s', (_l, history, command, code) => {
    expect(given(obstacleDecider, history).rejects(command)).toBe(code);
  });

  it('a merged obstacle points at the one it was merged into and is no longer open', () => {
    expect(state(merged)).toMatchObject({ status: 'merged', mergedInto: 'kk-phuong-1' });
    expect(obstacleStandingOf(state(merged), obs)).toEqual({
      obstacleId: obs,
      exists: true,
      open: false,
    });
  });

  it('passes to the successor of its responsible agency', () => {
    const transfer: ObstacleCommand = {
      type: 'TransferObstacle',
      data: {
        obstacleId: obs,
        fromAgencyId: ids.province,
        toAgencyId: 'ubnd-tinh-moi',
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết hợp nhất tỉnh',
      },
    };
    expect(state(then(assigned, transfer))).toMatchObject({ responsibleAgencyId: 'ubnd-tinh-moi' });
    expect(given(obstacleDecider, recorded).rejects(transfer)).toBe('obstacle.not-responsible');
    expect(
      given(obstacleDecider, assigned).rejects({
        ...transfer,
        data: { ...transfer.data, toAgencyId: ids.province },
      } as ObstacleCommand),
    ).toBe('transfer.same-agency');
  });

  it('passes an obstacle nobody was assigned yet from the agency that reported it', () => {
    // Unassigned, the obstacle is answered by the agency it arose at (the city): when the city
    // is abolished, its successor answers for it, and the city no longer does.
    const transfer: ObstacleCommand = {
      type: 'TransferObstacle',
      data: {
        obstacleId: obs,
        fromAgencyId: ids.city,
        toAgencyId: 'ubnd-phuong-tan-ninh',
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã',
      },
    };
    expect(state(then(recorded, transfer))).toMatchObject({
      status: 'recorded',
      sourceAgencyId: ids.city,
      responsibleAgencyId: 'ubnd-phuong-tan-ninh',
    });
    // Once assigned to the province, the city no longer answers for it: nothing to pass.
    expect(given(obstacleDecider, assigned).rejects(transfer)).toBe('obstacle.not-responsible');
  });

  it('refuses a handover dated before the handover that gave the obstacle to this agency', () => {
    const moved = then(recorded, {
      type: 'TransferObstacle',
      data: {
        obstacleId: obs,
        fromAgencyId: ids.city,
        toAgencyId: 'ubnd-phuong-tan-ninh',
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã',
      },
    });
    expect(
      given(obstacleDecider, moved).rejects({
        type: 'TransferObstacle',
        data: {
          obstacleId: obs,
          fromAgencyId: 'ubnd-phuong-tan-ninh',
          toAgencyId: ids.city,
          effectiveOn: '2025-06-01',
          basis: 'cycle',
        },
      }),
    ).toBe('transfer.before-last-handover');
  });
});
