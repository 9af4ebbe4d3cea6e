import type { DelegationInput, RecommendationInput } from '@hdnd/application';
import { PROVINCIAL_COUNCIL } from '@hdnd/domain';
import type { RowPlan } from '@hdnd/documents';
import { importIds } from './import-ids';

/** One command of an import: to a delegation or to a recommendation, named within its row. */
export type ImportStep =
  | { readonly step: string; readonly to: 'delegation'; readonly input: DelegationInput }
  | { readonly step: string; readonly to: 'recommendation'; readonly input: RecommendationInput };

/** What a row's plan needs settled before it becomes commands: ids of agencies and delegation. */
export interface RowResolution {
  readonly delegationId: string;
  /** Whether this row is the first to name a delegation that does not exist yet. */
  readonly establishes: boolean;
  readonly addresseeId: string;
  readonly originalAddresseeId: string | null;
  readonly recommendationId: string;
}

/** Words the import writes where the register holds no such fact; each says where it came from. */
export const IMPORTED = {
  unknown: 'Không ghi trong sổ theo dõi',
  finding: 'Kết quả giám sát dẫn đến kiến nghị (nhập từ sổ theo dõi): ',
  transfer: 'Chuyển cơ quan trả lời theo sổ theo dõi kiến nghị',
  extension: 'Gia hạn theo sổ theo dõi kiến nghị',
  progress: 'Đang thực hiện (theo sổ theo dõi kiến nghị)',
  completion: 'Báo cáo hoàn thành (theo sổ theo dõi kiến nghị)',
  evidence: 'Sổ theo dõi kiến nghị',
  closure: 'Kết quả xác minh theo sổ theo dõi kiến nghị',
  escalation: 'Đôn đốc theo sổ theo dõi kiến nghị',
} as const;

const latest = (...dates: (string | null | undefined)[]): string =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)!;

/**
 * The commands that record what one row says, in the order it happened. The register keeps
 * the facts, not every detail the commands ask for: the delegation's topic, period and chair,
 * the finding a recommendation cites, when a transfer or an extension was decided. Those are
 * filled with words saying they were not in the register, and dates the rules accept (the
 * issue date for a transfer and the response's extension, the response date for a
 * commitment's extension and the progress report).
 */
export const stepsOfRow = (plan: RowPlan, r: RowResolution, source: string): ImportStep[] => {
  const steps: ImportStep[] = [];
  const recommendationId = r.recommendationId;
  const d = plan.delegation;
  const firstAddressee = r.originalAddresseeId ?? r.addresseeId;
  if (r.establishes)
    steps.push({
      step: 'delegation',
      to: 'delegation',
      input: {
        type: 'EstablishDelegation',
        data: {
          delegationId: r.delegationId,
          title: d.title,
          topic: d.title,
          legalBasis: {
            number: d.resolutionNumber,
            issuedOn: d.resolutionDate,
            issuedBy: IMPORTED.unknown,
          },
          periodFrom: d.resolutionDate,
          periodTo: d.resolutionDate,
          chair: { name: IMPORTED.unknown, position: IMPORTED.unknown },
          members: [],
          // The register has no column for it: the provincial council's, as the API's default.
          supervisor: PROVINCIAL_COUNCIL,
        },
      },
    });
  const findingId = importIds.part(recommendationId, 'finding');
  steps.push({
    step: 'finding',
    to: 'delegation',
    input: {
      type: 'RecordFinding',
      data: {
        delegationId: r.delegationId,
        findingId,
        agencyId: firstAddressee,
        kind: 'limitation',
        statement: `${IMPORTED.finding}${plan.text}`,
        recordedOn: plan.issuedOn,
      },
    },
  });
  const rec = (step: string, input: RecommendationInput) =>
    steps.push({ step, to: 'recommendation', input });
  rec('issue', {
    type: 'IssueRecommendation',
    data: {
      source: { kind: 'delegation', id: r.delegationId },
      recommendationId,
      addresseeAgencyId: firstAddressee,
      text: plan.text,
      findingIds: [findingId],
      issuedOn: plan.issuedOn,
      responseDueOn: plan.originalResponseDueOn ?? plan.responseDueOn,
    },
  });
  if (r.originalAddresseeId !== null)
    rec('transfer', {
      type: 'TransferRecommendation',
      data: {
        recommendationId,
        fromAgencyId: r.originalAddresseeId,
        toAgencyId: r.addresseeId,
        effectiveOn: plan.issuedOn,
        basis: IMPORTED.transfer,
      },
    });
  const extension = { reason: IMPORTED.extension, approvedBy: IMPORTED.unknown };
  if (plan.originalResponseDueOn !== null)
    rec('extend-response', {
      type: 'ExtendDeadline',
      data: {
        recommendationId,
        newDueOn: plan.responseDueOn,
        extendedOn: plan.issuedOn,
        ...extension,
      },
    });
  if (plan.response) {
    const commitmentIds = plan.commitments.map((_, i) =>
      importIds.part(recommendationId, `commitment ${i}`),
    );
    rec('respond', {
      type: 'RecordResponse',
      data: {
        recommendationId,
        responseId: importIds.part(recommendationId, 'response'),
        agencyId: r.addresseeId,
        ...plan.response,
        commitments: plan.commitments.map((c, i) => ({
          commitmentId: commitmentIds[i]!,
          text: c.text,
          dueOn: c.originalDueOn ?? c.dueOn,
        })),
      },
    });
    plan.commitments.forEach((c, i) => {
      if (c.originalDueOn !== null)
        rec(`extend-commitment-${i + 1}`, {
          type: 'ExtendDeadline',
          data: {
            recommendationId,
            commitmentId: commitmentIds[i]!,
            newDueOn: c.dueOn,
            extendedOn: plan.response!.respondedOn,
            ...extension,
          },
        });
    });
  }
  const { track, percent } = plan.implementation;
  if (track === 'in-progress')
    rec('progress', {
      type: 'ReportProgress',
      data: {
        recommendationId,
        reportedOn: plan.response!.respondedOn,
        text: IMPORTED.progress,
        ...(percent !== null && { percent }),
      },
    });
  if (plan.completedOn !== null)
    rec('completion', {
      type: 'ReportCompletion',
      data: {
        recommendationId,
        reportedOn: plan.completedOn,
        text: IMPORTED.completion,
        evidence: [{ title: IMPORTED.evidence, reference: `${source}, dòng ${plan.row}` }],
      },
    });
  if (plan.escalationStep !== null)
    rec('escalate', {
      type: 'Escalate',
      data: {
        recommendationId,
        step: plan.escalationStep,
        escalatedOn: latest(plan.issuedOn, plan.response?.respondedOn, plan.completedOn),
        note: IMPORTED.escalation,
      },
    });
  if (plan.verification !== null)
    rec('close', {
      type: 'CloseRecommendation',
      data: {
        recommendationId,
        closedOn: plan.verification.closedOn,
        outcome: plan.verification.outcome,
        assessment: IMPORTED.closure,
      },
    });
  return steps;
};
