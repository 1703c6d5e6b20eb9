import type { ErrorCode } from './protocol';

/** Thrown by a handler to answer with a specific error code instead of 'internal'. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
