// Validation limits shared by the server schemas and the web's form rules (STYLE.md habit 2).
export const limits = {
  nameMax: 64,
  usernameMax: 64,
  passwordMin: 8,
  passwordMax: 200,
  indicatorMax: 200,
  unitMax: 20,
  narrativeMax: 4000,
  reasonMax: 1000,
  leaderMax: 64,
  deadlineTextMax: 100,
  milestonesMax: 24,
  aliasesMax: 20,
  bulkTargetsMax: 500,
  cooperatingMax: 30,
  searchMax: 100,
  /** One e-mail address (RFC 5321 path limit) and how many a department may have. */
  emailMax: 254,
  emailsMax: 20,
  /** JSON bodies. */
  bodyBytes: 256 * 1024,
  /** Uploaded reports and evidence. */
  uploadBytes: 20 * 1024 * 1024,
  /** Absolute ceiling on any numeric value a person types. */
  valueAbsMax: 1e15,
} as const;
