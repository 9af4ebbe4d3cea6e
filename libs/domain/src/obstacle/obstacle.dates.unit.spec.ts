import { given, active, ids } from '@hdnd/testing';
import type { ObstacleCommand, ObstacleEvent } from '.';
import { obstacleDecider } from '.';

/** Work on an obstacle is dated from the day it was recorded (2024-04-02) up to today. */
const obs = ids.vneidObstacle;
const recorded: ObstacleEvent[] = [
  {
    type: 'ObstacleRecorded',
    data: {
      obstacleId: obs,
      delegationId: ids.delegation,
      findingId: ids.vneidFinding,
      sourceAgencyId: ids.city,
      statement: 'Dữ liệu cá nhân không còn khi chuyển sang VNeID',
      recordedOn: '2024-04-02',
    },
  },
];
const merge = (mergedOn: string, today?: string): ObstacleCommand => ({
  type: 'MergeObstacles',
  data: { obstacleId: obs, intoObstacleId: 'kk-phuong-1', mergedOn },
  target: { obstacleId: 'kk-phuong-1', exists: true, open: true },
  ...(today !== undefined && { today }),
});
const rejects = (command: ObstacleCommand) => given(obstacleDecider, recorded).rejects(command);
const today = '2026-12-04';

describe('Obstacle decisions are dated in order', () => {
  it('refuses a merge dated before the obstacle was recorded', () => {
    expect(rejects(merge('2024-04-01'))).toBe('obstacle.date-before-record');
  });

  it('refuses a referral, merge or resolution dated before the assignment before it', () => {
    const assigned = [
      ...recorded,
      ...given(obstacleDecider, recorded).when({
        type: 'AssignObstacle',
        data: {
          obstacleId: obs,
          agencyId: ids.province,
          competence: 'province',
          assignedOn: '2024-05-15',
        },
        agency: active(ids.province),
      }),
    ];
    const after = (command: ObstacleCommand) => given(obstacleDecider, assigned).rejects(command);
    expect(
      after({
        type: 'ReferObstacle',
        data: {
          obstacleId: obs,
          toAgencyId: 'bo-cong-an',
          competence: 'central',
          referredOn: '2024-05-14',
          note: 'Đề nghị',
        },
        agency: active('bo-cong-an'),
      }),
    ).toBe('obstacle.before-previous-step');
    expect(
      after({
        type: 'ResolveObstacle',
        data: { obstacleId: obs, resolvedOn: '2024-05-14', resolution: 'Đã đồng bộ' },
      }),
    ).toBe('obstacle.before-previous-step');
    expect(after(merge('2024-05-14'))).toBe('obstacle.before-previous-step');
  });

  it.each([
    [
      'an assignment',
      {
        type: 'AssignObstacle',
        data: {
          obstacleId: obs,
          agencyId: ids.province,
          competence: 'province',
          assignedOn: '2026-12-05',
        },
        agency: active(ids.province),
        today,
      },
    ],
    [
      'a referral',
      {
        type: 'ReferObstacle',
        data: {
          obstacleId: obs,
          toAgencyId: 'bo-cong-an',
          competence: 'central',
          referredOn: '2026-12-05',
          note: 'Đề nghị',
        },
        agency: active('bo-cong-an'),
        today,
      },
    ],
    [
      'a resolution',
      {
        type: 'ResolveObstacle',
        data: { obstacleId: obs, resolvedOn: '2026-12-05', resolution: 'Đã đồng bộ' },
        today,
      },
    ],
    ['a merge', merge('2026-12-05', today)],
  ])('refuses %s dated after today', (_, command) => {
    expect(rejects(command as ObstacleCommand)).toBe('date.in-future');
  });
});
