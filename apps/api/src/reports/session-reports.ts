import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { tmpdir } from 'node:os';
import { AnnouncedCalendar, businessToday, CLOCK } from '@hdnd/application';
import { registerLines, writeSessionReport, type SessionReportScope } from '@hdnd/documents';
import { businessDateOf } from '@hdnd/domain';
import { EVENT_STORE, type Clock, type EventStore } from '@hdnd/event-store';
import {
  DelegationQueries,
  RecommendationRegister,
  withPastReadModels,
  type RegisterFilter,
} from '@hdnd/read-models';
import { BadInput } from '../problem/bad-input';
import { asOfInstant } from '../http/as-of';
import { DOCX, documentHeader } from './document-header';
import type { SessionReportQuery } from './session-report.query';

/**
 * The session report, now or as the record stood at an instant, written straight into an HTTP
 * answer. A past record is built afresh from the log in a scratch database on disk, as a case's
 * time travel is, and the report read from it exactly as from today's read models.
 */
@Injectable()
export class SessionReports {
  private readonly logger = new Logger(SessionReports.name);

  constructor(
    private readonly register: RecommendationRegister,
    private readonly delegations: DelegationQueries,
    private readonly calendar: AnnouncedCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async send(query: SessionReportQuery, response: Response): Promise<void> {
    const { from, to, delegationId, sourceKind, supervisingBody, level } = query;
    if (from !== undefined && to !== undefined && to < from)
      throw new BadInput('The period ends before it begins.', [
        { field: 'to', code: 'notBefore', other: 'from', message: 'to must not be before from' },
      ]);
    const delegations = [];
    for (const id of new Set(delegationId)) {
      const delegation = await this.delegations.get(id);
      if (delegation === undefined)
        throw new BadInput(`No delegation has the id ${id}.`, [
          { field: 'delegationId', code: 'isKnown', message: 'delegationId names no delegation' },
        ]);
      delegations.push(delegation);
    }
    const asOf = query.asOf === undefined ? undefined : asOfInstant(query.asOf);
    const today = asOf ? businessDateOf(asOf) : businessToday(this.clock);
    const scope: SessionReportScope = {
      header: documentHeader(query, {
        issuingBody: delegations[0]?.legalBasis.issuedBy,
        date: today,
      }),
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
      delegations: delegations.map(({ title, legalBasis }) => ({ title, legalBasis })),
      ...(sourceKind !== undefined && { sourceKind }),
      ...(supervisingBody !== undefined && { supervisingBody }),
      ...(level !== undefined && { level }),
      ...(asOf && { asOf }),
      today,
    };
    const filter: RegisterFilter = {
      ...(delegations.length > 0 && { delegationId: delegations.map(({ id }) => id) }),
      ...(sourceKind !== undefined && { sourceKind }),
      ...(supervisingBody !== undefined && { supervisingBody }),
      ...(level !== undefined && { level }),
      ...(from !== undefined && { issuedFrom: from }),
      ...(to !== undefined && { issuedTo: to }),
      sort: 'issuedOn',
    };
    const calendar = await this.calendar.workingCalendar();
    const write = async (register: RecommendationRegister) => {
      response.status(200);
      response.attachment(`bao-cao-ket-qua-giam-sat-${scope.header.date}.docx`);
      response.type(DOCX);
      // A report of the record as it stands: not for a shared cache to keep.
      response.setHeader('Cache-Control', 'private, no-store');
      const figures = await writeSessionReport(
        registerLines(register.batches(filter), calendar, today),
        scope,
        response,
      );
      response.end();
      this.logger.log(`session report: ${figures.recommendations} recommendations`);
    };
    try {
      if (asOf === undefined) await write(this.register);
      else
        await withPastReadModels(
          this.store,
          { recordedBy: asOf },
          (source, then) => write(new RecommendationRegister(source, then)),
          { directory: tmpdir() },
        );
    } catch (error) {
      // The report is written only once every row was read: until its first byte, a failure
      // is still a problem answer, without the attachment's headers.
      if (!response.headersSent) {
        response.removeHeader('Content-Disposition');
        response.removeHeader('Cache-Control');
        throw error;
      }
      this.logger.error(`session report failed: ${String(error)}`);
      response.destroy(error as Error);
    }
  }
}
