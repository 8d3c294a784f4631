-- 0003: the 督查 reviewer's verdict on a qualitative target's report (DOMAIN.md §3.2 "Qualitative":
-- 已完成/序时推进/滞后/未启动, ids as src/shared/status.ts VERDICT_IDS), and an index for the judged read path
-- (the latest approved report of each target of a plan, src/storage/repos/reads.ts).
ALTER TABLE progress_reports
  ADD COLUMN verdict text CHECK (verdict IN ('done', 'on_schedule', 'lagging', 'not_started'));

CREATE INDEX progress_approved ON progress_reports (target_id, period_end DESC, id DESC)
  WHERE status = 'approved';
