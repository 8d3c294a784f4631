-- 0001: the tracker's core (DOMAIN.md §6 modelling checklist). PostgreSQL 15 compatible (STACK.md pitfall 5).
-- Text that is sorted for people uses COLLATE "C" so Chinese ordering agrees on PGlite and PostgreSQL.

-- A region: a city has districts/counties (parent_id). `rules` is the county's status rule set (src/shared/rules.ts).
CREATE TABLE regions (
  id          serial PRIMARY KEY,
  name        text COLLATE "C" NOT NULL UNIQUE,
  level       text NOT NULL CHECK (level IN ('province', 'city', 'county', 'district')),
  parent_id   integer REFERENCES regions (id),
  rules       jsonb,
  version     integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- 工作部门 with aliases (DOMAIN.md §2: a per-county unit dictionary).
CREATE TABLE departments (
  id          serial PRIMARY KEY,
  region_id   integer NOT NULL REFERENCES regions (id),
  name        text COLLATE "C" NOT NULL,
  aliases     jsonb NOT NULL DEFAULT '[]'::jsonb,
  kind        text NOT NULL DEFAULT 'department'
              CHECK (kind IN ('department', 'township', 'vertical', 'office', 'other')),
  version     integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, name)
);

-- One report for one year and region; the source text is stored verbatim with its sha256.
CREATE TABLE plans (
  id           serial PRIMARY KEY,
  region_id    integer NOT NULL REFERENCES regions (id),
  year         integer NOT NULL,
  review_year  integer,
  title        text NOT NULL,
  status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'published')),
  source_name  text NOT NULL,
  source_text  text NOT NULL,
  source_hash  char(64) NOT NULL,
  main_targets jsonb,
  warnings     jsonb NOT NULL DEFAULT '[]'::jsonb,
  version      integer NOT NULL DEFAULT 0,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_id, year, source_hash)
);

-- Parts (一、) and areas ((一)) of the report.
CREATE TABLE sections (
  id        serial PRIMARY KEY,
  plan_id   integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position  integer NOT NULL,
  level     text NOT NULL CHECK (level IN ('part', 'area')),
  ordinal   text NOT NULL,
  title     text NOT NULL,
  role      text,
  start_at  integer NOT NULL,
  end_at    integer NOT NULL
);
CREATE INDEX sections_plan ON sections (plan_id, position);

CREATE TABLE tasks (
  id          serial PRIMARY KEY,
  plan_id     integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  section_id  integer REFERENCES sections (id) ON DELETE SET NULL,
  position    integer NOT NULL,
  title       text NOT NULL,
  start_at    integer NOT NULL,
  end_at      integer NOT NULL
);
CREATE INDEX tasks_plan ON tasks (plan_id, position);

-- A target from extraction (or added by hand); an edit keeps the extracted original in `original`.
CREATE TABLE targets (
  id          serial PRIMARY KEY,
  plan_id     integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  task_id     integer REFERENCES tasks (id) ON DELETE SET NULL,
  section_id  integer REFERENCES sections (id) ON DELETE SET NULL,
  kind        text NOT NULL CHECK (kind IN ('target', 'qualitative')),
  indicator   text COLLATE "C" NOT NULL,
  comparator  text NOT NULL,
  value       double precision,
  unit        text NOT NULL DEFAULT '',
  type        text NOT NULL,
  modality    text NOT NULL DEFAULT 'plain',
  attribute   text NOT NULL DEFAULT 'expected' CHECK (attribute IN ('expected', 'obligatory')),
  floor       double precision,
  stretch     double precision,
  tolerance   double precision,
  main        boolean NOT NULL DEFAULT false,
  span        text NOT NULL,
  start_at    integer NOT NULL,
  end_at      integer NOT NULL,
  original    jsonb,
  extra       jsonb,
  published   boolean NOT NULL DEFAULT false,
  version     integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX targets_plan ON targets (plan_id, start_at);

-- Results stated in the review part; linked to last year's target when that plan is stored.
CREATE TABLE actuals (
  id                  serial PRIMARY KEY,
  plan_id             integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  indicator           text COLLATE "C" NOT NULL,
  comparator          text NOT NULL,
  value               double precision NOT NULL,
  unit                text NOT NULL DEFAULT '',
  ratio_to_plan       double precision,
  yoy_pct             double precision,
  span                text NOT NULL,
  start_at            integer NOT NULL,
  end_at              integer NOT NULL,
  previous_target_id  integer REFERENCES targets (id) ON DELETE SET NULL
);
CREATE INDEX actuals_plan ON actuals (plan_id, start_at);

-- The row of the 分解表: lead unit first, co-operating units, lead leader, deadline, 节点 (DOMAIN.md §1.2).
CREATE TABLE assignments (
  id                        serial PRIMARY KEY,
  target_id                 integer NOT NULL UNIQUE REFERENCES targets (id) ON DELETE CASCADE,
  lead_department_id        integer REFERENCES departments (id),
  cooperating_department_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  lead_leader               text NOT NULL DEFAULT '',
  deadline_text             text NOT NULL DEFAULT '',
  deadline                  date,
  milestones                jsonb NOT NULL DEFAULT '[]'::jsonb,
  suggested                 boolean NOT NULL DEFAULT false,
  version                   integer NOT NULL DEFAULT 0
);
CREATE INDEX assignments_lead ON assignments (lead_department_id);

CREATE TABLE users (
  id             serial PRIMARY KEY,
  username       text COLLATE "C" NOT NULL UNIQUE,
  name           text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'reporter', 'leader')),
  department_id  integer REFERENCES departments (id),
  password_hash  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'reporter' OR department_id IS NOT NULL)
);

-- Sessions: only the sha256 of the cookie token is stored.
CREATE TABLE sessions (
  token_hash  char(64) PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token  text NOT NULL,
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- 进展/问题/下一步 per period (DOMAIN.md §1.3); draft → submitted → approved | returned.
CREATE TABLE progress_reports (
  id             serial PRIMARY KEY,
  target_id      integer NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
  period         text NOT NULL,
  -- The last day of the period: orders monthly, quarterly, half-year and year reports on one axis.
  period_end     date NOT NULL,
  value          double precision,
  yoy            double precision,
  stage          text,
  progress       text NOT NULL DEFAULT '',
  problems       text NOT NULL DEFAULT '',
  next_steps     text NOT NULL DEFAULT '',
  status         text NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  return_reason  text,
  created_by     integer REFERENCES users (id),
  submitted_by   integer REFERENCES users (id),
  submitted_at   timestamptz,
  reviewed_by    integer REFERENCES users (id),
  reviewed_at    timestamptz,
  version        integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX progress_target ON progress_reports (target_id, period_end);
CREATE INDEX progress_status ON progress_reports (status);

CREATE TABLE evidence (
  id           serial PRIMARY KEY,
  progress_id  integer NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
  name         text NOT NULL,
  mime         text NOT NULL,
  size         integer NOT NULL,
  data         bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_progress ON evidence (progress_id);

CREATE TABLE imports (
  id          serial PRIMARY KEY,
  plan_id     integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  file_name   text NOT NULL,
  summary     jsonb NOT NULL,
  created_by  integer REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Who did what, when, with the record before and after.
CREATE TABLE audit_events (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  user_id    integer REFERENCES users (id) ON DELETE SET NULL,
  action     text NOT NULL,
  entity     text NOT NULL,
  entity_id  integer,
  before     jsonb,
  after      jsonb
);
CREATE INDEX audit_entity ON audit_events (entity, entity_id);
