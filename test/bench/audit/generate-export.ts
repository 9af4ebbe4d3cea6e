import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import {
  canonicalJson,
  eventHash,
  eventLine,
  GENESIS_HASH,
  LOG_FILE_FORMAT,
  LOG_GENESIS,
  nextLogHash,
  type RecordedEvent,
} from '../../../libs/event-store/src';
import { canonicalMetadataJson } from '../../../libs/event-store/src/hashing/canonical-metadata';
import { delegationEstablished, indexFindingRecorded, recommendationIssued } from '@hdnd/testing';

const { surveyId: _survey, ...findingWithoutSurvey } = indexFindingRecorded.data;
const AGENCIES = ['ubnd-tinh-tay-ninh', 'ubnd-tp-tay-ninh', 'ubnd-phuong-1'];
const FINDINGS_PER_CASE = 8;
const RECOMMENDATIONS_PER_CASE = 4;
const PROGRESS_PER_RECOMMENDATION = 3;

/**
 * Writes an export of `total` events shaped like the seed case, repeated: per case a delegation,
 * its findings, and recommendations each with a response and progress reports — with real
 * stream hashes and the chain over the log, as `npm run cli -- export` would write them. What
 * `npm run bench:audit` restores, verifies, exports and replays.
 */
export const generateExport = async (file: string, total: number): Promise<number> => {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(
    JSON.stringify({
      format: LOG_FILE_FORMAT,
      exportedAt: new Date().toISOString(),
      publicKeys: [],
    }),
  );
  const heads = new Map<string, { revision: bigint; hash: string }>();
  let position = 0n;
  let log = LOG_GENESIS;
  const recordedAt = new Date('2024-06-01T03:00:00.000Z');
  const emit = async (streamId: string, type: string, data: unknown, schemaVersion = 1) => {
    position += 1n;
    const head = heads.get(streamId);
    const revision = head ? head.revision + 1n : 0n;
    const metadata = {
      actor: { userId: 'bench', username: 'bench', role: 'secretariat' },
      correlationId: `c-${position}`,
      causationId: `c-${position}`,
      command: 'BenchSeed',
      recordedAt: new Date(recordedAt.getTime() + Number(position) * 1000).toISOString(),
    };
    const eventId = `e-${position}`;
    const hash = eventHash({
      streamId,
      revision,
      eventId,
      type,
      schemaVersion,
      dataJson: canonicalJson(data),
      metadataJson: canonicalMetadataJson(metadata),
      previousHash: head?.hash ?? GENESIS_HASH,
    });
    heads.set(streamId, { revision, hash });
    log = nextLogHash(log, hash);
    const event: RecordedEvent = {
      eventId,
      streamId,
      revision,
      position,
      type,
      schemaVersion,
      data,
      metadata,
      hash,
      logHash: log,
    };
    await write(eventLine(event));
  };

  for (const agencyId of AGENCIES)
    await emit(`agency-${agencyId}`, 'AgencyRegistered', {
      agencyId,
      name: `Ủy ban nhân dân ${agencyId}`,
      level: 'province',
      registeredOn: '2023-12-08',
    });
  for (let k = 0; position < BigInt(total); k++) {
    const delegationId = `dgs-${k}`;
    await emit(`delegation-${delegationId}`, 'DelegationEstablished', {
      ...delegationEstablished.data,
      delegationId,
    });
    for (let f = 0; f < FINDINGS_PER_CASE; f++)
      await emit(`delegation-${delegationId}`, 'FindingRecorded', {
        ...findingWithoutSurvey,
        delegationId,
        findingId: `kq-${k}-${f}`,
        agencyId: AGENCIES[f % AGENCIES.length],
      });
    for (let r = 0; r < RECOMMENDATIONS_PER_CASE; r++) {
      const recommendationId = `kn-${k}-${r}`;
      const stream = `recommendation-${recommendationId}`;
      await emit(
        stream,
        'RecommendationIssued',
        {
          ...recommendationIssued.data,
          recommendationId,
          delegationId,
          addresseeAgencyId: AGENCIES[r % AGENCIES.length],
          findingIds: [`kq-${k}-0`],
        },
        2,
      );
      await emit(stream, 'ResponseRecorded', {
        recommendationId,
        responseId: `tl-${k}-${r}`,
        agencyId: AGENCIES[r % AGENCIES.length],
        respondedOn: '2024-06-10',
        position: 'accepted',
        text: 'Tiếp thu, tổ chức thực hiện',
        commitments: [],
      });
      for (let p = 1; p <= PROGRESS_PER_RECOMMENDATION; p++)
        await emit(stream, 'ProgressReported', {
          recommendationId,
          reportedOn: `2024-0${6 + p}-01`,
          text: `Báo cáo tiến độ lần ${p}`,
          percent: p * 30,
        });
    }
  }
  out.end();
  await once(out, 'finish');
  return Number(position);
};
