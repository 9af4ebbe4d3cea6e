import { answer, type ApiClient } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { CommandHeaders } from '../../../forms';
import type { CommandAnswer } from '../command-answer';

/*
 * Each command of the recommendation page as one call of the generated client: the body, the
 * recommendation's id in the path, and the form's Idempotency-Key and If-Match headers.
 */

type Schemas = components['schemas'];

export const sendCommand = {
  recordResponse:
    (api: ApiClient, id: string) => (body: Schemas['RecordResponseDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/responses', {
          params: { path: { id } },
          body,
          headers,
        }),
      ),
  assessResponse:
    (api: ApiClient, id: string, responseId: string) =>
    (body: Schemas['AssessResponseDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/responses/{responseId}/assessment', {
          params: { path: { id, responseId } },
          body,
          headers,
        }),
      ),
  reportProgress:
    (api: ApiClient, id: string) => (body: Schemas['ReportProgressDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/progress', { params: { path: { id } }, body, headers }),
      ),
  reportCompletion:
    (api: ApiClient, id: string) =>
    (body: Schemas['ReportCompletionDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/completion', {
          params: { path: { id } },
          body,
          headers,
        }),
      ),
  closeRecommendation:
    (api: ApiClient, id: string) =>
    (body: Schemas['CloseRecommendationDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/closure', { params: { path: { id } }, body, headers }),
      ),
  reopenRecommendation:
    (api: ApiClient, id: string) =>
    (body: Schemas['ReopenRecommendationDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/reopening', {
          params: { path: { id } },
          body,
          headers,
        }),
      ),
  extendDeadline:
    (api: ApiClient, id: string) => (body: Schemas['ExtendDeadlineDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/extension', {
          params: { path: { id } },
          body,
          headers,
        }),
      ),
  escalateRecommendation:
    (api: ApiClient, id: string) => (body: Schemas['EscalateDto'], headers: CommandHeaders) =>
      answer<CommandAnswer>(
        api.POST('/api/recommendations/{id}/escalation', {
          params: { path: { id } },
          body,
          headers,
        }),
      ),
};
