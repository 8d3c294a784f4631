-- 0004: e-mail addresses that receive a department's reminders (issue 5: e-mail through configurable SMTP).
CREATE TABLE department_contacts (
  department_id  integer PRIMARY KEY REFERENCES departments (id) ON DELETE CASCADE,
  emails         jsonb NOT NULL DEFAULT '[]'::jsonb,
  version        integer NOT NULL DEFAULT 0
);
