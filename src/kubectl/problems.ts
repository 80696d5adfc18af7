/**
 * Problems with a manifest file, as data: what `kubectl apply -f` printed, but with the document,
 * field path and type each error is about, so the editor marks every cause on its own line.
 */
import type { ManifestDoc } from '../sim/apiserver/manifest';
import { ApiError } from '../sim/types';
import { KubectlError } from './errors';

export interface SourceProblem {
  /** The file as given to `-f`. */
  source: string;
  /** 0-based index of the document in the file (after `kind: List` expansion). */
  doc?: number;
  /** That document as kubectl parsed it (where each field is): the editor's markers need no second parse. */
  manifest?: ManifestDoc;
  /** Field path in the document, e.g. `spec.ports[0].port`. */
  field?: string;
  /** 1-based file lines, for problems with the file's syntax rather than a field. */
  line?: number;
  endLine?: number;
  /** The cause as kubectl prints it (a field cause with its `field: ` prefix). */
  message: string;
  /** A StatusCause reason (FieldValueInvalid, FieldValueUnknown…), an API reason (Forbidden…) or YAMLSyntax, ClientValidation. */
  type: string;
}

export type ProblemSink = (p: SourceProblem) => void;

/** One problem per cause of an API error (its message alone when it has none), or the client error. */
export function problemsOf(e: unknown, where: { source: string; doc?: number; manifest?: ManifestDoc }): SourceProblem[] {
  if (e instanceof ApiError) {
    if (e.causes.length === 0) return [{ ...where, message: e.message, type: e.reason }];
    return e.causes.map((c) => ({
      ...where,
      field: c.field || undefined,
      // strict decoding causes already read as their message; field causes print as `field: detail`
      message: c.field && !c.message.includes(c.field) ? `${c.field}: ${c.message}` : c.message,
      type: c.reason,
    }));
  }
  const message = e instanceof KubectlError || e instanceof Error ? e.message : String(e);
  return [{ ...where, message, type: 'ClientError' }];
}
