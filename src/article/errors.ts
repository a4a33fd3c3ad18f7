/** Intake errors: a bad input becomes an error record (what, where, why), never a crash. */

export type IntakeReason =
  | 'not_found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'bad_gzip'
  | 'too_large'
  | 'malformed_json'
  | 'invalid_field'
  | 'missing_text'
  | 'bad_html'
  | 'pipeline_error';

export class IntakeError extends Error {
  constructor(
    public readonly reason: IntakeReason,
    message: string,
    public readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'IntakeError';
  }
}
