/**
 * Errors with a stable code and a sentence that says what to do next. The top-level handlers
 * show the user a short Chinese sentence, never the error itself.
 */
export type ErrorCode = 'KNOWLEDGE_INVALID' | 'STORAGE_CORRUPT' | 'STORAGE_WRITE' | 'CONFIG_INVALID' | 'INPUT_INVALID' | 'CHANNEL_UNAVAILABLE';

export class PolicyBotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PolicyBotError';
  }
}
