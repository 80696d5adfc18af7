/**
 * How the API server reports a patch whose result it cannot decode strictly (apiserver
 * endpoints/handlers/patch.go): not the create-time BadRequest but an Invalid error on the field
 * `patch`, whose value is the strategic patch printed as Go's `%+v` of a map.
 */
import { ApiError } from '../../types';
import { goValue } from './go-format';

/** The strict decoding error of a strategic merge patch, or `e` unchanged. */
export function patchDecodeError(e: unknown, patch: unknown): unknown {
  if (!(e instanceof ApiError) || e.reason !== 'BadRequest') return e;
  const unknown = e.causes.filter((c) => c.reason === 'FieldValueUnknown');
  if (!unknown.length || unknown.length !== e.causes.length) return e;
  const detail = `Invalid value: ${JSON.stringify(goValue(patch))}: strict decoding error: ${unknown.map((c) => c.message).join(', ')}`;
  return new ApiError(422, 'Invalid', ` "" is invalid: patch: ${detail}`, [{ reason: 'FieldValueInvalid', field: 'patch', message: detail }]);
}
