/**
 * What code outside the api may use of it: the module and the HTTP setup `main.ts` starts, for
 * the test harness that boots the same app in-process, and the names that harness reads.
 */
export { AppModule, type AppModuleOptions } from './app.module';
export { configureHttp } from './http/configure-http';
export { AUTH_SETTINGS, type AuthSettings } from './auth/auth-settings';
export { ALLOWED_ROLES } from './auth/access.decorator';
/** The password `npm run demo` gives its accounts; the console's browser tests sign in with it. */
export { DEMO_PASSWORD } from './demo/demo-options';
