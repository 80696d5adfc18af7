import { internalErrorText, isInternalError } from '../sim/internal-error';
import { ApiError } from '../sim/types';

/** A client-side failure; printed as `error: <message>` (kubectl's cmdutil.CheckErr). */
export class KubectlError extends Error {
  constructor(
    message: string,
    /** Print the message as is, without the `error: ` prefix. */
    readonly raw = false,
  ) {
    super(message);
  }
}

/**
 * kubectl's StandardErrorMessage / checkErr: `Error from server (Reason): message`,
 * Invalid errors as `The Kind "name" is invalid: field: detail` (one `* ` line per cause when several).
 * `source` adds `error when creating "file": ` as kubectl's AddSourceToErr does.
 */
export function formatApiError(err: ApiError, source?: { verb: string; file: string }): string {
  if (err.reason === 'Invalid' && err.causes.length > 0 && !source) {
    // checkErr names the object only when the details do (a patch's error names neither)
    const head = err.details.kind || err.details.name ? `The ${err.details.kind ?? ''} "${err.details.name ?? ''}" is invalid: ` : 'The request is invalid: ';
    const causes = err.causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    const text = causes.length === 1 ? head + causes[0] : head + '\n' + causes.map((c) => `* ${c}`).join('\n');
    // MultilineError ends the text with a newline of its own, so a message that ends in one (the pod
    // update diff) is followed by an empty line
    return text.endsWith('\n') ? `${text}\n` : text;
  }
  const msg = source ? `error when ${source.verb} "${source.file}": ${err.message}` : err.message;
  if (err.reason === 'Unauthorized') return `error: You must be logged in to the server (${msg})`;
  // a Status without a reason (an error the server did not classify, as etcd's) has no parenthesis
  return err.reason ? `Error from server (${err.reason}): ${msg}` : `Error from server: ${msg}`;
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return formatApiError(e);
  if (e instanceof KubectlError) return e.raw ? e.message : `error: ${e.message}`;
  if (isInternalError(e)) return internalErrorText(e);
  return `error: ${(e as Error).message}`;
}
