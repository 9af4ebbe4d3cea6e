import { ApiError } from './api-error';

/** The file name a Content-Disposition header gives, else the fallback. */
export const fileNameOf = (disposition: string | null, fallback: string): string =>
  /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/** Hands a Blob to the browser as a file to save. */
export const saveBlob = (blob: Blob, name: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next turn; the URL would otherwise live with the tab.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/**
 * Saves a file the API answered. The console signs in with a bearer token, which a bare link
 * cannot carry: the file is fetched through the API client (token and language included) as a
 * Blob — `fetched` is that call, made with `parseAs: 'blob'`. A refusal becomes an ApiError,
 * for the problem's own words next to the button.
 */
export const saveAnsweredFile = async (
  fetched: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> => {
  let result;
  try {
    result = await fetched();
  } catch {
    throw ApiError.network();
  }
  const { response } = result;
  if (!response.ok) throw ApiError.fromAnswer(response.status, result.error);
  saveBlob(
    result.data as Blob,
    fileNameOf(response.headers.get('content-disposition'), fallbackName),
  );
};
