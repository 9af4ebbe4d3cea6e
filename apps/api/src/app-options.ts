import type { Settings } from '@hdnd/config';
import type { AppModuleOptions } from './app.module';

/** The api as `npm start` runs it: every module given its part of the validated configuration. */
export const appOptionsFrom = (settings: Settings): AppModuleOptions => ({
  dataDir: settings.store.dataDir,
  ...(settings.store.eventStoreUrl !== undefined && {
    eventStoreUrl: settings.store.eventStoreUrl,
  }),
  followUp: settings.followUp,
  checkpointEveryMs: settings.audit.checkpointEveryMs,
  ...(settings.audit.signingKeyPem !== undefined && {
    signingKeyPem: settings.audit.signingKeyPem,
  }),
  ...(settings.jobs.redisUrl !== undefined && { redisUrl: settings.jobs.redisUrl }),
  workers: settings.jobs.workers,
  ...(settings.jobs.queuePrefix !== undefined && { jobsPrefix: settings.jobs.queuePrefix }),
  webhooks: settings.webhooks,
  notices: settings.notices,
  auth: settings.access,
  firstAdmin:
    settings.identity.adminPassword === undefined
      ? 'generate'
      : { password: settings.identity.adminPassword, from: 'ADMIN_PASSWORD' },
});
