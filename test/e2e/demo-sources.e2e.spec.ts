import {
  ids,
  interpellationIds,
  petitionIds,
  tayNinhRequests,
  tayNinhSourceRequests,
} from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/**
 * What `npm run demo` loads beside the Tây Ninh survey: the register fed from more than one
 * source, so that a new user sees a delegation's recommendation and a commitment made at an
 * interpellation session side by side, linked.
 */
describe('the demo’s register, fed from three sources', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of [...tayNinhRequests(), ...tayNinhSourceRequests()]) {
      if (step.as === 'agency') continue; // the agency's answer is not what this test reads
      await app.command(step.path, step.body, step.status);
    }
  }, 60_000);
  afterAll(() => app.close());

  it('lists the delegation’s recommendation, the session’s commitment and the voters’ petitions, each by its source', async () => {
    const res = await app
      .http()
      .get(`/api/recommendations?sort=issuedOn&minPosition=${app.lastPosition()}`)
      .expect(200);
    const items = res.body.items as { id: string; source: { kind: string; title: string } }[];
    expect(items.map((r) => [r.source.kind, r.source.title])).toEqual([
      ['delegation', expect.stringContaining('Đoàn giám sát chuyên đề')],
      ['interpellation', expect.stringContaining('Phiên chất vấn')],
      ['voter-petitions', expect.stringContaining('Kiến nghị cử tri trước Kỳ họp thứ 20')],
      ['voter-petitions', expect.stringContaining('Kiến nghị cử tri trước Kỳ họp thứ 20')],
    ]);
    expect(items[1]!.id).toBe(interpellationIds.commitment);
    const round = await app
      .http()
      .get(`/api/petition-rounds/${petitionIds.round}?minPosition=${app.lastPosition()}`)
      .expect(200);
    expect(JSON.stringify(round.body)).toContain(petitionIds.vneid);
  });

  it('links the commitment back to the recommendation it carries on', async () => {
    const res = await app.http().get(`/api/recommendations/${ids.recommendation}`).expect(200);
    expect(res.body.chain.sessions).toEqual([
      expect.objectContaining({ kind: 'interpellation', id: interpellationIds.session }),
    ]);
    expect(res.body.chain.followUps).toEqual([
      expect.objectContaining({ id: interpellationIds.commitment }),
    ]);
  });
});
