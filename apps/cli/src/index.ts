/** What code outside the ops CLI may use of it: `run`, for tests that run it in-process. */
export { run } from './main';
