import type { AppModuleOptions } from '../app.module';

/** Every demo account's password: the data directory is temporary and the service local. */
export const DEMO_PASSWORD = 'tay-ninh-demo-2024';

/** The api as `npm run demo` starts it: on a fresh data directory, admin with the demo password. */
export const demoAppOptions = (dataDir: string): AppModuleOptions => ({
  dataDir,
  // Whatever ADMIN_PASSWORD says, the demo opens admin with its own password, and says so.
  firstAdmin: { password: DEMO_PASSWORD, from: 'the demo (printed below)' },
});
