import { createHash } from 'node:crypto';
import { textKey, type RowPlan } from '@hdnd/documents';

const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);

/**
 * The ids and keys of an import, derived rather than drawn: the same file gives the same
 * ids and the same idempotency keys, so importing it again records nothing new, and a row cut
 * short is taken up where it stopped.
 */
export const importIds = {
  /** A delegation the file introduces, by what names it: its resolution and its title. */
  delegation: (d: { title: string; resolutionNumber: string; resolutionDate: string }) =>
    `dgs-imp-${digest(textKey(d.resolutionNumber), d.resolutionDate, textKey(d.title))}`,
  /**
   * A recommendation the file gives no `Mã kiến nghị` for, by what it says rather than where:
   * a corrected file, whose hash is another, finds the rows it shares with the first already
   * recorded instead of recording them twice.
   */
  recommendation: (p: RowPlan) =>
    `kn-imp-${digest(
      textKey(p.delegation.resolutionNumber),
      textKey(p.delegation.title),
      textKey(p.originalAddressee ?? p.addressee),
      p.issuedOn,
      textKey(p.text),
    )}`,
  /** What the import records inside a recommendation: its finding, response, commitments. */
  part: (recommendationId: string, part: string) => `imp-${digest(recommendationId, part)}`,
};

/**
 * A step's idempotency key: the file, the row and the step. The spaces keep it apart from any
 * client's key (Idempotency-Key is visible ASCII only).
 */
export const importKey = (fileHash: string, row: number, step: string) => {
  const key = `import ${fileHash} row ${row} ${step}`;
  return { key, fingerprint: key };
};
