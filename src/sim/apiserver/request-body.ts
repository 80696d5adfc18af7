/** Request bodies as the API server decodes them: JSON or YAML by Content-Type, Go's messages on failure. */
import { scanJsonStream } from './json-stream';
import { decodeYamlBody } from './manifest';
import { ApiError } from '../types';

/** The media type of a Content-Type header, without parameters, lower-cased. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

const OBJECT_TYPES = ['application/json', 'application/yaml'];

export function unsupportedMedia(accepted: string[]): ApiError {
  return new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`);
}

/** Parse JSON the way Go's decoder reports errors. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const scan = scanJsonStream(text);
    const detail = scan.error ?? 'unexpected end of JSON input';
    throw new ApiError(400, 'BadRequest', `${what}${detail.replace(/^json: offset \d+: /, '')}`);
  }
}

/** An object body of a create or update (JSON or YAML). */
export function decodeObject(text: string, contentType: string | undefined): Record<string, unknown> {
  const type = mediaType(contentType) || 'application/json';
  if (!OBJECT_TYPES.includes(type)) throw unsupportedMedia(['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf', 'application/cbor']);
  let v: unknown;
  if (type === 'application/yaml') {
    const decoded = decodeYamlBody(text);
    if ('error' in decoded) throw new ApiError(400, 'BadRequest', decoded.error);
    v = decoded.value;
  } else {
    v = parseJson(text, "couldn't get version/kind; json parse error: ");
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ApiError(400, 'BadRequest', `couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'null'} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`);
  }
  return v as Record<string, unknown>;
}
