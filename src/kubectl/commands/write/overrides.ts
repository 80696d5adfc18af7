/** --overrides and --override-type of the generating commands (run, expose), as kubectl's Overrider applies them. */
import { scanJsonStream } from '../../../sim/apiserver/json-stream';
import type { KObject } from '../../../sim/types';
import { KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { applyJsonPatch, JsonPatchError, type JsonPatchOp } from '../../../sim/apiserver/patch/json-patch';
import { jsonMergePatch } from '../../../sim/apiserver/patch/json-merge';
import { PatchError, strategicMerge } from '../../../sim/apiserver/patch/strategic-merge';

export const OVERRIDE_FLAGS: FlagSpec[] = [
  { name: 'overrides', type: 'string' },
  { name: 'override-type', type: 'string', default: 'merge' },
];

/** Go's json.Unmarshal error for text that is not JSON (the scanner's message without the decoder's offset). */
function unmarshalError(text: string): string {
  const e = scanJsonStream(text).error ?? '';
  return e === 'unexpected EOF' ? 'unexpected end of JSON input' : e.replace(/^json: offset \d+: /, '');
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The generated object with the override applied: an RFC 7396 merge patch (the default), a strategic merge patch or an RFC 6902 JSON patch. */
export function applyOverrides(obj: KObject, p: ParsedArgs): KObject {
  const text = (p.flags.overrides as string | undefined) ?? '';
  if (!text) return obj;
  const type = (p.flags['override-type'] as string | undefined) || 'merge';
  if (type !== 'json' && type !== 'merge' && type !== 'strategic') throw new KubectlError(`invalid override type: ${type}`);
  const parsed = parse(text);
  switch (type) {
    case 'merge':
      // evanphx/json-patch's MergePatch
      if (!parsed.ok) throw new KubectlError('Invalid JSON Patch');
      return jsonMergePatch(obj, parsed.value) as KObject;
    case 'strategic':
      // strategicpatch's handleUnmarshal
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) throw new KubectlError('invalid JSON document');
      try {
        return strategicMerge(obj, parsed.value, obj.kind) as KObject;
      } catch (e) {
        if (e instanceof PatchError) throw new KubectlError(e.message);
        throw e;
      }
    default:
      if (!parsed.ok) throw new KubectlError(unmarshalError(text));
      if (!Array.isArray(parsed.value)) throw new KubectlError(`json: cannot unmarshal ${parsed.value === null ? 'null' : typeof parsed.value === 'object' ? 'object' : typeof parsed.value === 'string' ? 'string' : typeof parsed.value === 'number' ? 'number' : 'bool'} into Go value of type jsonpatch.Patch`);
      try {
        return applyJsonPatch(obj, parsed.value as JsonPatchOp[]) as KObject;
      } catch (e) {
        if (e instanceof JsonPatchError) throw new KubectlError(e.message);
        throw e;
      }
  }
}
