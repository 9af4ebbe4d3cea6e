import { ApiError } from '../../api/api-error';
import { answer, type ApiClient } from '../../api/client';
import type { components } from '../../api/schema';
import { fileNameOf, saveBlob } from '../../api/save-file';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportJob = components['schemas']['ImportJob'];

/** The file as the multipart field `file`: the one body this API reads that is not JSON. */
const formOf = (file: File): FormData => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

const upload = (api: ApiClient, file: File, dryRun: boolean) =>
  api.POST('/api/imports/recommendations', {
    params: { query: { dryRun } },
    // openapi-fetch sends a FormData as it is, with the browser's multipart boundary.
    body: formOf(file) as never,
    bodySerializer: (body: unknown) => body as FormData,
  });

/** Every row checked; nothing recorded. */
export const dryRun = (api: ApiClient, file: File) =>
  answer(upload(api, file, true)) as unknown as Promise<ImportReport>;

/** Records the rows that pass: the job to follow. */
export const startImport = (api: ApiClient, file: File) =>
  answer(upload(api, file, false)) as unknown as Promise<ImportJob>;

export const importJob = (api: ApiClient, id: string) =>
  answer(
    api.GET('/api/imports/{id}', { params: { path: { id } } }),
  ) as unknown as Promise<ImportJob>;

/** The template, fetched with the token (a bare link cannot carry it) and saved. */
export const downloadTemplate = async (api: ApiClient): Promise<void> => {
  let result;
  try {
    result = await api.GET('/api/imports/recommendations/template', { parseAs: 'blob' });
  } catch {
    throw ApiError.network();
  }
  const { response } = result;
  if (!response.ok) throw ApiError.fromAnswer(response.status, result.error);
  saveBlob(
    result.data as Blob,
    fileNameOf(response.headers.get('content-disposition'), 'mau-so-theo-doi-kien-nghi.xlsx'),
  );
};
