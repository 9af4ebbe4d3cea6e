import { useState } from 'react';
import type { DelegationView } from './delegation-view';

/**
 * The delegation as a form opened with it: its revision goes out as If-Match, so a save made
 * after someone else changed the case is refused (412) rather than recorded blind. Once the
 * page has the latest (the kit refetches on a conflict), `follow` moves the form onto it and
 * keeps what it had, so the form can show what changed and the next save is against the latest.
 */
export const useOpenedCase = (live: DelegationView) => {
  const [opened, setOpened] = useState(live);
  const [before, setBefore] = useState<DelegationView | undefined>(undefined);
  return {
    revision: opened.revision,
    before,
    after: opened,
    /** Called while rendering, with the command's conflict flag. */
    follow(conflict: boolean) {
      if (conflict && live.revision !== opened.revision) {
        setBefore(opened);
        setOpened(live);
      }
    },
  };
};
