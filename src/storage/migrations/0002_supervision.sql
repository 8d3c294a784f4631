-- 0002: the supervision cycle (issue 5; DOMAIN.md §1.3–§1.6): reporting rules, in-app notifications, the
-- reminder log (a unique key: a reminder is sent at most once, whatever the number of server processes),
-- 督办单 with their history, stored 通报, and a job lease for the scheduler. PostgreSQL 15 compatible.

-- The plan's reporting calendar: cadence and due day (DOMAIN.md §1.3 "每月25日前", "每季度末").
-- target_id NULL is the plan's rule; a row with a target_id overrides it for that target.
CREATE TABLE reporting_rules (
  id            serial PRIMARY KEY,
  plan_id       integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  target_id     integer REFERENCES targets (id) ON DELETE CASCADE,
  cadence       text NOT NULL CHECK (cadence IN ('month', 'quarter', 'half', 'year')),
  due_day       integer CHECK (due_day BETWEEN 1 AND 31),
  due_last_day  boolean NOT NULL DEFAULT false,
  month_offset  integer NOT NULL DEFAULT 0 CHECK (month_offset BETWEEN 0 AND 3),
  version       integer NOT NULL DEFAULT 0,
  CHECK (due_last_day OR due_day IS NOT NULL)
);
CREATE UNIQUE INDEX reporting_rules_plan ON reporting_rules (plan_id) WHERE target_id IS NULL;
CREATE UNIQUE INDEX reporting_rules_target ON reporting_rules (plan_id, target_id) WHERE target_id IS NOT NULL;

-- In-app notifications, to a department (every user of it) or to one user.
CREATE TABLE notifications (
  id             serial PRIMARY KEY,
  department_id  integer REFERENCES departments (id) ON DELETE CASCADE,
  user_id        integer REFERENCES users (id) ON DELETE CASCADE,
  kind           text NOT NULL,
  subject        text NOT NULL,
  body           text NOT NULL,
  link           text,
  reminder_key   text,
  read_at        timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_department ON notifications (department_id, created_at);
CREATE INDEX notifications_user ON notifications (user_id, created_at);

-- One row per reminder ever sent: the unique key is what guarantees no reminder goes out twice.
CREATE TABLE reminder_log (
  id             bigserial PRIMARY KEY,
  key            text NOT NULL UNIQUE,
  channel        text NOT NULL CHECK (channel IN ('in_app', 'email')),
  department_id  integer,
  recipients     jsonb NOT NULL DEFAULT '[]'::jsonb,
  outcome        text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'sent', 'skipped', 'failed')),
  detail         text,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- 督办单 (DOMAIN.md §1.4): 蓝 → 黄 → 红, response deadline, the department's response, 办结 by the 督查室.
CREATE TABLE duban_sheets (
  id                 serial PRIMARY KEY,
  plan_id            integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  target_id          integer NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
  department_id      integer REFERENCES departments (id),
  year               integer NOT NULL,
  seq                integer NOT NULL,
  number             text NOT NULL,
  colour             text NOT NULL CHECK (colour IN ('blue', 'yellow', 'red')),
  reasons            jsonb NOT NULL DEFAULT '[]'::jsonb,
  issued_on          date NOT NULL,
  response_deadline  date NOT NULL,
  state              text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'responded', 'closed')),
  response_text      text,
  responded_on       date,
  responded_by       text,
  closed_on          date,
  closed_by          text,
  issued_by          integer REFERENCES users (id) ON DELETE SET NULL,
  version            integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, seq)
);
CREATE INDEX duban_sheets_target ON duban_sheets (target_id);
CREATE INDEX duban_sheets_plan ON duban_sheets (plan_id, state);
-- At most one sheet per target is not closed (a second issue is refused, even by a racing process).
CREATE UNIQUE INDEX duban_sheets_one_open ON duban_sheets (target_id) WHERE state <> 'closed';

CREATE TABLE duban_sheet_events (
  id        serial PRIMARY KEY,
  sheet_id  integer NOT NULL REFERENCES duban_sheets (id) ON DELETE CASCADE,
  position  integer NOT NULL,
  on_date   date NOT NULL,
  event     text NOT NULL CHECK (event IN ('issued', 'escalated', 'responded', 'returned', 'closed')),
  colour    text NOT NULL CHECK (colour IN ('blue', 'yellow', 'red')),
  note      text NOT NULL DEFAULT '',
  user_id   integer REFERENCES users (id) ON DELETE SET NULL,
  UNIQUE (sheet_id, position)
);

-- A published 通报: its 文号 and a snapshot of what it said (so it never changes after publication).
CREATE TABLE bulletins (
  id          serial PRIMARY KEY,
  plan_id     integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  period      text NOT NULL,
  year        integer NOT NULL,
  seq         integer NOT NULL,
  number      text NOT NULL,
  title       text NOT NULL,
  issued_on   date NOT NULL,
  snapshot    jsonb NOT NULL,
  created_by  integer REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, seq)
);
CREATE INDEX bulletins_plan ON bulletins (plan_id, period);

-- Scheduler job leases (a fallback to advisory locks: one holder per job until the lease expires).
CREATE TABLE job_leases (
  name         text PRIMARY KEY,
  holder       text NOT NULL,
  expires_at   timestamptz NOT NULL,
  last_run_on  date
);
