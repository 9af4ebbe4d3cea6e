import type { HttpHarness } from './http-harness';
import { asBytes } from './text-body';

type Agent = ReturnType<HttpHarness['http']>;

/** The tracker's register as the export writes it, as bytes. */
export const exportRegister = async (agent: Agent, format: 'xlsx' | 'csv' = 'xlsx') => {
  const res = await asBytes(agent.get(`/api/recommendations/export?format=${format}`));
  if (res.status !== 200) throw new Error(`export: ${res.status}`);
  return res.body as Buffer;
};

/** Uploads a register to the import: the answer as supertest gives it. */
export const uploadRegister = (
  agent: Agent,
  file: Buffer,
  dryRun: boolean,
  name = 'so-theo-doi.xlsx',
) => agent.post(`/api/imports/recommendations?dryRun=${dryRun}`).attach('file', file, name);

/** Imports a register for real and waits for its job to end: the job's last view. */
export const importRegister = async (agent: Agent, file: Buffer, name?: string) => {
  const started = await uploadRegister(agent, file, false, name);
  if (started.status !== 202)
    throw new Error(`import: ${started.status} ${JSON.stringify(started.body)}`);
  const location = started.headers.location as string;
  for (let i = 0; i < 600; i += 1) {
    const job = await agent.get(location);
    if (job.body.state !== 'active') return job.body as Record<string, unknown> & { state: string };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not end in 30 s');
};
