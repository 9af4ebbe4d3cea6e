import { createHash } from 'node:crypto';
import { textKey } from '@hdnd/documents';

/**
 * A petition's id when the caller gives none: derived from what it says, where, and to whom,
 * without diacritics, case or extra spaces. The same petition posted twice, or imported from a
 * spreadsheet after being posted, is found already recorded instead of recorded again.
 */
export const petitionKey = (p: { text: string; voters: string; agencyId: string }): string =>
  `ct-${createHash('sha256')
    .update([textKey(p.text), textKey(p.voters), p.agencyId].join('\u0000'))
    .digest('hex')
    .slice(0, 24)}`;
