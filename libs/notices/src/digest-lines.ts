import { Injectable } from '@nestjs/common';
import { AnnouncedCalendar } from '@hdnd/application';
import { AgencyQueries, RecommendationQueries } from '@hdnd/read-models';
import type { DigestLine } from './digest-message';
import type { DigestKey, NoticeFacts } from './notice-line';

/**
 * A digest's facts as people read them: the recommendation's text and the agency's name from
 * the read models (long settled by the time a deadline nears), and the working days from the
 * working calendar as of the digest's day.
 */
@Injectable()
export class DigestLines {
  constructor(
    private readonly recommendations: RecommendationQueries,
    private readonly agencies: AgencyQueries,
    private readonly calendar: AnnouncedCalendar,
  ) {}

  async of(key: DigestKey, facts: readonly NoticeFacts[]): Promise<DigestLine[]> {
    const calendar = await this.calendar.workingCalendar();
    const names = new Map<string, string>();
    const lines: DigestLine[] = [];
    for (const f of facts) {
      const recommendation = await this.recommendations.get(f.recommendationId);
      if (!names.has(f.agencyId))
        names.set(f.agencyId, (await this.agencies.get(f.agencyId))?.name ?? f.agencyId);
      lines.push({
        kind: f.kind,
        recommendationId: f.recommendationId,
        text: recommendation?.text ?? `Kiến nghị ${f.recommendationId}`,
        agencyName: names.get(f.agencyId)!,
        deadline: f.deadline,
        dueOn: f.dueOn,
        workingDays:
          f.kind === 'missed'
            ? Math.max(calendar.workingDaysBetween(f.dueOn, key.day), 0)
            : (f.workingDaysLeft ?? Math.max(calendar.workingDaysBetween(key.day, f.dueOn), 0)),
      });
    }
    return lines;
  }
}
