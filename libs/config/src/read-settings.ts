import { loadSettings } from './load-settings';
import type { Settings } from './settings';

/**
 * The one place the process environment is read: the entry points call it once, at start,
 * and hand each module its typed part.
 */
export const readSettings = (): Settings => loadSettings(process.env);
