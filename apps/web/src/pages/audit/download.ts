import type { ApiClient } from '../../api/client';
import { saveAnsweredFile } from '../../api/save-file';

export { saveBlob } from '../../api/save-file';

/** Downloads the log export, through the API client (token and language included). */
export const downloadExport = (api: ApiClient): Promise<void> =>
  saveAnsweredFile(() => api.GET('/api/audit/export', { parseAs: 'blob' }), 'hdnd-log.ndjson');
