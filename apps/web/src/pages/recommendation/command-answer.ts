import type { components } from '../../api/schema';

/** What every command answers: the case's id, its new revision and the log position. */
export type CommandAnswer = components['schemas']['CommandAnswer'];
