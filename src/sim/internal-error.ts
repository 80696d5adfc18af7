/**
 * Unexpected states are bugs: the learner sees one fixed text (never a JavaScript message), and the
 * cluster keeps running. Domain errors (API errors, kubectl errors, parse errors) are not bugs.
 */

/** Thrown where the simulation finds itself in a state it cannot handle. */
export class InternalError extends Error {}

export const INTERNAL_ERROR_TEXT =
  'error: an internal error occurred\n' +
  'hint: this is a bug in the playground, not in your command, and the cluster keeps running; copy a link to this session (Copy link) when you report it: it replays exactly what happened';

/** Errors thrown by the JavaScript engine or by InternalError: their text must never reach the learner. */
export function isInternalError(e: unknown): boolean {
  return (
    e instanceof InternalError ||
    e instanceof TypeError ||
    e instanceof RangeError ||
    e instanceof ReferenceError ||
    e instanceof SyntaxError ||
    e instanceof EvalError ||
    e instanceof URIError ||
    !(e instanceof Error)
  );
}

/** Where bugs are reported for developers (the headless CLI prints them with KP_DEBUG=1); the learner never sees them. */
export const bugReports: { onBug?: (e: unknown) => void } = {};

/** The learner's text for a bug, after handing the bug to the developers' hook. */
export function internalErrorText(e: unknown): string {
  bugReports.onBug?.(e);
  return INTERNAL_ERROR_TEXT;
}
