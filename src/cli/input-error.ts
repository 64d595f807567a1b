/** A problem with what the user gave us (exit code 2): printed as one line, no stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
