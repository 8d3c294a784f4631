// Stored progress rows → API JSON.
import type { ProgressReport } from '../../shared/api/progress';
import type { EvidenceMeta } from '../../storage/repos';
import type { ProgressRow } from '../../storage/schema';

export function presentProgress(p: ProgressRow, evidence: EvidenceMeta[]): ProgressReport {
  return {
    id: p.id,
    targetId: p.targetId,
    period: p.period,
    value: p.value,
    yoy: p.yoy,
    stage: p.stage,
    progress: p.progress,
    problems: p.problems,
    nextSteps: p.nextSteps,
    status: p.status,
    verdict: p.verdict,
    returnReason: p.returnReason,
    submittedBy: p.submittedBy,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    reviewedBy: p.reviewedBy,
    reviewedAt: p.reviewedAt?.toISOString() ?? null,
    evidence: evidence
      .filter((e) => e.progressId === p.id)
      .map((e) => ({ id: e.id, name: e.name, size: e.size, url: `/api/evidence/${e.id}` })),
    version: p.version,
  };
}
