/** Typed failures of the extraction core. Every other exception is a bug. */

export type ExtractErrorCode =
  | 'too-large'
  | 'not-article'
  | 'empty'
  | 'pdf'
  | 'no-window'
  | 'unreadable';

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}

export function isExtractError(e: unknown): e is ExtractError {
  return e instanceof Error && e.name === 'ExtractError' && typeof (e as ExtractError).code === 'string';
}
