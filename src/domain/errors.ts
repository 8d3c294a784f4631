// One error type for bad input to the domain rules: a stable machine code plus a clear bilingual message,
// so the server can answer 400 with the message instead of a stack trace (STYLE.md habit 5).

export type DomainErrorCode =
  | 'unit_unknown'
  | 'unit_mismatch'
  | 'invalid_target'
  | 'invalid_progress'
  | 'invalid_period'
  | 'invalid_rules';

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}
