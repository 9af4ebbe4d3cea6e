import { useSearchParams } from 'react-router';
import { instantFromAddress } from './instant';

/** The address's parameter that holds the instant a case page shows. */
export const AS_OF = 'asOf';

/**
 * The instant the case page shows, from its address (`?asOf=…`), so that a link or the back
 * button brings the same view back; null for the case as it is now. `show` moves the page to an
 * instant, or back to now with null.
 */
export const useAsOf = () => {
  const [search, setSearch] = useSearchParams();
  const asOf = instantFromAddress(search.get(AS_OF));
  const show = (instant: string | null) => {
    const next = new URLSearchParams(window.location.search);
    if (instant === null) next.delete(AS_OF);
    else next.set(AS_OF, instant);
    setSearch(next);
  };
  /** What the API's case views take to answer as the record stood then. */
  const query = asOf === null ? {} : { asRecordedAt: asOf };
  return { asOf, show, query };
};
