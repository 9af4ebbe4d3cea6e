/**
 * Each handover is recorded under its own idempotency key, so a retried succession answers the
 * handovers already made with their positions instead of being refused by the moved case. One
 * key per case and pair of agencies, whichever way it passed (the succession, or a reopening):
 * an agency is succeeded once. The space keeps it apart from every client's key
 * (Idempotency-Key is visible ASCII only).
 */
export const handoverKey = (kind: string, caseId: string, from: string, to: string) => {
  const key = `succession ${kind}/${caseId} ${from}->${to}`;
  return { key, fingerprint: key };
};
