/** metav1.Status bodies: how the API server reports every failure, whatever went wrong. */
import { bugReports } from '../sim/internal-error';
import { ApiError } from '../sim/types';

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: Record<string, unknown>;
  code: number;
}

const DECODE_ONLY = new Set(['FieldValueTypeInvalid', 'FieldValueUnknown']);

/** A Status for an API error, its causes and the object it is about kept as the server sends them. */
export function statusOf(err: ApiError): StatusBody {
  const d = err.details;
  const details: Record<string, unknown> = {};
  if (d.name) details.name = d.name;
  if (d.group) details.group = d.group;
  if (d.kind) details.kind = d.kind;
  // decoding problems are the message's text only, as the server's strict decoder reports them
  const causes = err.causes.filter((c) => !DECODE_ONLY.has(c.reason));
  if (causes.length) details.causes = causes.map((c) => ({ reason: c.reason, message: c.message, ...(c.field ? { field: c.field } : {}) }));
  if (d.retryAfterSeconds) details.retryAfterSeconds = d.retryAfterSeconds;
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: err.message,
    ...(err.reason ? { reason: err.reason } : {}),
    // NewForbidden always sets details, empty for a path that names no resource
    ...(Object.keys(details).length || err.reason === 'Forbidden' ? { details } : {}),
    code: err.code,
  };
}

/** Any thrown value as the Status the client gets: API errors as they are, anything else as an internal error without its text. */
export function statusFor(e: unknown): StatusBody {
  if (e instanceof ApiError) return statusOf(e);
  bugReports.onBug?.(e);
  return statusOf(new ApiError(500, 'InternalError', 'Internal error occurred: an internal error occurred'));
}

export function success(details?: Record<string, unknown>): StatusBody {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', ...(details ? { details } : {}), code: 200 };
}
