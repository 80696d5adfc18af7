/**
 * The `fieldValidation` query parameter of writes, as the apiserver reads it: Warn when absent
 * (the simulated API server's own default is Strict, what kubectl asks for).
 */
import type { FieldValidation } from '../sim/apiserver/request-options';
import { ApiError } from '../sim/types';

const OPTIONS: Record<string, string> = { POST: 'CreateOptions', PUT: 'UpdateOptions', PATCH: 'PatchOptions' };

/** The mode of a write's query; an unsupported value is the options' validation error. */
export function fieldValidationOf(method: string, query: URLSearchParams): FieldValidation {
  const v = query.get('fieldValidation') ?? '';
  if (v === '' || v === 'Warn') return 'Warn';
  if (v === 'Strict' || v === 'Ignore') return v;
  const message = `Unsupported value: ${JSON.stringify(v)}: supported values: "", "Ignore", "Strict", "Warn"`;
  throw new ApiError(422, 'Invalid', `${OPTIONS[method] ?? 'CreateOptions'}.meta.k8s.io "" is invalid: fieldValidation: ${message}`, [{ reason: 'FieldValueNotSupported', field: 'fieldValidation', message }], { kind: OPTIONS[method] ?? 'CreateOptions', group: 'meta.k8s.io' });
}
