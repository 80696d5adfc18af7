import { ApiError } from '../../types';
import type { AdmissionPlugin } from '../apiserver';
import { MAX_REQUEST_BYTES, TOO_LARGE } from '../manifest';

/** The 413 the API server answers when a request body is over its 3 MiB limit. */
function requestEntityTooLarge(): ApiError {
  return new ApiError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${MAX_REQUEST_BYTES}`);
}

/** Request body limit (apiserver MaxRequestBodyBytes), checked on the JSON the client would send. */
export const requestSizePlugin: AdmissionPlugin = {
  name: 'MaxRequestBodyBytes',
  phase: 'decode',
  run(obj, ctx) {
    if (ctx.subresource) return;
    if (obj[TOO_LARGE]) throw requestEntityTooLarge();
    // cheap bound first: most objects are tiny
    const data = obj.data ?? obj.binaryData ?? obj.stringData;
    if (!data && !obj.spec) return;
    if (JSON.stringify(obj).length > MAX_REQUEST_BYTES) throw requestEntityTooLarge();
  },
};
