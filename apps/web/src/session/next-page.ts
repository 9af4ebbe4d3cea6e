/**
 * Where to go after signing in: the `next` page the reader was sent from, if it is a page of
 * this console (a path on this origin), else home. An address from elsewhere is never followed.
 */
export const nextPage = (search: string): string => {
  const next = new URLSearchParams(search).get('next');
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return '/';
  return next.startsWith('/sign-in') ? '/' : next;
};
