/** `--validate`: the client's validation directive, sent as the request's fieldValidation. */
import type { FieldValidation } from '../../../sim/apiserver/request-options';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';

/** What Go's strconv.ParseBool reads as true or false. */
const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** cmdutil.GetValidationDirective (kubectl's default is strict): a boolean, or strict, warn, ignore in lower case. */
export function fieldValidationOf(p: ParsedArgs): FieldValidation {
  const v = String(p.flags.validate ?? 'strict');
  if (TRUE.includes(v) || v === 'strict') return 'Strict';
  if (v === 'warn') return 'Warn';
  if (FALSE.includes(v) || v === 'ignore') return 'Ignore';
  throw new KubectlError(`invalid - validate option "${v}"; must be one of: strict (or true), warn, ignore (or false)`);
}
