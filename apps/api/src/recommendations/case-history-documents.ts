import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { businessToday, CLOCK } from '@hdnd/application';
import { vietnameseInstant, writeCaseHistory } from '@hdnd/documents';
import { businessDateOf, isLocalDate } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import type { RecommendationView } from '@hdnd/read-models';
import { asOfInstant } from '../http/as-of';
import { DOCX, documentHeader } from '../reports/document-header';
import type { CaseHistoryQuery } from './case-history.query';

/** The line that says which past the document shows, or undefined for the record now. */
const pastLine = (query: CaseHistoryQuery): string | undefined => {
  const recordedAt = query.asRecordedAt ?? query.asOf;
  const parts = [
    ...(query.asOfDate
      ? [`tình trạng tại ngày ${query.asOfDate.split('-').reverse().join('/')}`]
      : []),
    ...(recordedAt
      ? [
          isLocalDate(recordedAt)
            ? `theo hồ sơ ghi nhận đến hết ngày ${recordedAt.split('-').reverse().join('/')}`
            : `theo hồ sơ ghi nhận đến ${vietnameseInstant(asOfInstant(recordedAt))}`,
        ]
      : []),
  ];
  return parts.length === 0 ? undefined : `Hồ sơ in ${parts.join(', ')}.`;
};

/** A recommendation's history written as a Word document into an HTTP answer. */
@Injectable()
export class CaseHistoryDocuments {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async send(view: RecommendationView, query: CaseHistoryQuery, response: Response): Promise<void> {
    const recordedAt = query.asRecordedAt ?? query.asOf;
    const day =
      query.asOfDate ??
      (recordedAt ? businessDateOf(asOfInstant(recordedAt)) : businessToday(this.clock));
    const header = documentHeader(query, {
      issuingBody: view.origin.delegation?.legalBasis.issuedBy,
      date: day,
    });
    const asOf = pastLine(query);
    response.status(200);
    response.attachment(`ho-so-kien-nghi-${view.id}-${header.date}.docx`);
    response.type(DOCX);
    response.setHeader('Cache-Control', 'private, no-store');
    await writeCaseHistory(view, { header, ...(asOf && { asOf }) }, response);
    response.end();
  }
}
