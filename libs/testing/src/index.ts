/**
 * The Tây Ninh case — one description, and the events, commands and HTTP requests derived from it —
 * with the domain's given-when-then helper: what any spec may import. The harnesses that start an
 * app, a store or a Redis are imported by their own path (`@hdnd/testing/http-harness`), so a
 * domain spec never loads the framework.
 */
export * from './tay-ninh';
export * from './given-when-then';
