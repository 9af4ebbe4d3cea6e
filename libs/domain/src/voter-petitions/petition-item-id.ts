/**
 * The register item of a petition: one per petition, its id derived from the round and the
 * petition rather than drawn, so issuing the round's items again (a retry, an import run twice)
 * finds each one already issued instead of issuing it twice. Kept within the API's id pattern
 * (at most 100 characters of letters, digits, dot, dash and underscore).
 */
export const petitionItemId = (petitionRoundId: string, petitionId: string): string => {
  const id = `kn-ct.${petitionRoundId}.${petitionId}`;
  return id.length <= 100 ? id : `kn-ct.${fold(petitionRoundId)}.${fold(petitionId)}`;
};

/** A long id shortened to its start and a checksum of the whole (FNV-1a: pure, no crypto). */
const fold = (id: string): string => {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${id.slice(0, 30)}_${hash.toString(36)}`;
};
