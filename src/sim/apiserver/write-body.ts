/**
 * The bodies of writes to one object as kube-apiserver reads them (handlers/update.go, patch.go): the
 * object of a create or update checked against the URL, and a PATCH applied to the live object by its
 * Content-Type with each patch type's errors. The HTTP API and the API server pods reach share them.
 */
import { ApiError, type KObject } from '../types';
import { checkBodyKind } from './body-kind';
import { applyJsonPatch, JsonPatchError, type JsonPatchOp } from './patch/json-patch';
import { jsonMergePatch } from './patch/json-merge';
import { PatchError, strategicMerge } from './patch/strategic-merge';
import { decodeObject, mediaType, parseJson, unsupportedMedia } from './request-body';
import { apiVersionOf, type ResourceType } from './resources';

/** Where a write goes: the resource type, and the namespace and name of its URL. */
export interface WriteTarget {
  rt: ResourceType;
  namespace?: string;
  name?: string;
}

/** A body's object checked against the URL: kind and apiVersion default from it, namespace and name must agree. */
export function objectFromBody(target: WriteTarget, body: string, contentType: string | undefined, requireName: boolean): KObject {
  const { rt, namespace, name } = target;
  const obj = decodeObject(body, contentType) as KObject;
  // an empty apiVersion or kind defaults from the URL, as the decoder's default kind does
  if (!obj.apiVersion) obj.apiVersion = apiVersionOf(rt);
  if (!obj.kind) obj.kind = rt.kind;
  if (typeof obj.apiVersion === 'string' && typeof obj.kind === 'string') checkBodyKind(rt, obj.apiVersion, obj.kind);
  if (obj.metadata === undefined || obj.metadata === null) obj.metadata = {};
  const meta = obj.metadata;
  if (typeof meta === 'object' && !Array.isArray(meta)) {
    if (rt.namespaced && namespace !== undefined) {
      if (meta.namespace && meta.namespace !== namespace) throw new ApiError(400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
      meta.namespace = namespace;
    }
    if (requireName && name !== undefined && meta.name !== name) {
      throw new ApiError(400, 'BadRequest', `the name of the object (${meta.name ?? ''}) does not match the name on the URL (${name})`);
    }
  }
  return obj;
}

/**
 * Apply a PATCH body to `live` by its Content-Type; `strategic` is the patch a strategic merge or apply
 * used (for decode errors). A patch cannot rename or move the object (patch.go's checkName).
 */
export function patchedObject(rt: ResourceType, live: KObject, body: string, contentType: string | undefined): { next: KObject; strategic?: unknown } {
  const r = applyPatch(rt, live, body, contentType);
  const meta = r.next?.metadata;
  if (meta && typeof meta === 'object') {
    if (meta.namespace !== live.metadata.namespace) throw new ApiError(400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
    if (meta.name !== live.metadata.name) throw new ApiError(400, 'BadRequest', `the name of the object (${meta.name ?? ''}) does not match the name on the URL (${live.metadata.name})`);
  }
  return r;
}

function applyPatch(rt: ResourceType, live: KObject, body: string, contentType: string | undefined): { next: KObject; strategic?: unknown } {
  const type = mediaType(contentType);
  if (type === 'application/json-patch+json') {
    const ops = parseJson(body, '');
    if (!Array.isArray(ops)) throw new ApiError(400, 'BadRequest', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    try {
      return { next: applyJsonPatch(live, ops as JsonPatchOp[]) };
    } catch (e) {
      if (e instanceof JsonPatchError) throw new ApiError(500, '', `jsonpatch ${e.message}`);
      throw e;
    }
  }
  if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json') {
    const patch = parseJson(body, '');
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new ApiError(400, 'BadRequest', 'json: cannot unmarshal array into Go value of type map[string]interface {}');
    if (type === 'application/merge-patch+json') return { next: jsonMergePatch(live, patch) as KObject };
    try {
      return { next: strategicMerge(live, patch, rt.kind) as KObject, strategic: patch };
    } catch (e) {
      if (e instanceof PatchError) throw new ApiError(500, '', e.message);
      throw e;
    }
  }
  if (type === 'application/apply-patch+yaml') {
    // server-side apply, simplified: the applied configuration merged into the live object
    const applied = decodeObject(body, 'application/yaml');
    return { next: strategicMerge(live, applied, rt.kind) as KObject, strategic: applied };
  }
  throw unsupportedMedia(['application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml', 'application/strategic-merge-patch+json']);
}
