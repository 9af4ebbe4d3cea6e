/**
 * The Idempotency-Key a form sends: made when the form opens and kept while the body stays the
 * same, so a double click or a retry after a network error records once. A changed body is a
 * new request and gets a new key (the API refuses one key for two different bodies).
 */
export class IdempotencyKeys {
  private body: string | undefined;
  private key: string;

  constructor(private readonly make: () => string = () => crypto.randomUUID()) {
    this.key = make();
  }

  /** The key for this body. */
  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.body !== undefined && this.body !== text) this.key = this.make();
    this.body = text;
    return this.key;
  }
}
