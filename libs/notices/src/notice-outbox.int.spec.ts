import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NoticeLine } from './notice-line';
import { NoticeOutbox } from './notice-outbox';

const line = (userId: string, eventId: string, day: string): NoticeLine => ({
  userId,
  day,
  eventId,
  facts: {
    kind: 'missed',
    recommendationId: 'kn-1',
    agencyId: 'ubnd-tinh-tay-ninh',
    deadline: 'response',
    dueOn: '2024-06-14',
  },
});

describe('the notice outbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-notice-outbox-'));
  const file = join(dir, 'notices.sqlite');
  let outbox = new NoticeOutbox(file);
  afterAll(() => {
    outbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('owes a line once per person and event, with the checkpoint', () => {
    outbox.owe(10n, [line('u-1', 'e-1', '2024-06-17'), line('u-2', 'e-1', '2024-06-17')], ['u-1']);
    outbox.owe(10n, [line('u-1', 'e-1', '2024-06-17')]);
    expect(outbox.checkpoint()).toBe(10n);
    expect(outbox.recipientIds()).toEqual(['u-1']);
    expect(outbox.linesOf({ userId: 'u-1', day: '2024-06-17' })).toHaveLength(1);
  });

  it('closes each person’s digest of a day once, up to the day asked', () => {
    outbox.owe(11n, [line('u-1', 'e-2', '2024-06-18')]);
    expect(outbox.closeDigests('2024-06-17', 0)).toEqual([
      { userId: 'u-1', day: '2024-06-17' },
      { userId: 'u-2', day: '2024-06-17' },
    ]);
    expect(outbox.closeDigests('2024-06-17', 0)).toEqual([]);
    expect(outbox.due(0).map((d) => d.userId)).toEqual(['u-1', 'u-2']);
  });

  it('puts a line owed after its day’s digest was closed into the next day’s', () => {
    outbox.owe(12n, [line('u-2', 'e-3', '2024-06-17')]);
    expect(outbox.linesOf({ userId: 'u-2', day: '2024-06-17' }).map((l) => l.eventId)).toEqual([
      'e-1',
    ]);
    expect(outbox.linesOf({ userId: 'u-2', day: '2024-06-18' }).map((l) => l.eventId)).toEqual([
      'e-3',
    ]);
  });

  it('keeps what became of each digest across a reopening, and lists the failures', () => {
    outbox.finished({ userId: 'u-1', day: '2024-06-17' }, 'sent', new Date('2024-06-17T03:00:00Z'));
    outbox.failed(
      { userId: 'u-2', day: '2024-06-17' },
      '451 busy',
      5,
      new Date('2024-06-17T04:00:00Z'),
    );
    outbox.close();
    outbox = new NoticeOutbox(file);
    expect(outbox.statusOf({ userId: 'u-1', day: '2024-06-17' })).toBe('sent');
    expect(outbox.due(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(outbox.failures()).toEqual([
      {
        userId: 'u-2',
        day: '2024-06-17',
        attempts: 5,
        reason: '451 busy',
        failedAt: '2024-06-17T04:00:00.000Z',
        lines: 1,
      },
    ]);
  });
});
