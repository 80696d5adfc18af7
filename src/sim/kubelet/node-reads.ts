import type { ApiServer } from '../apiserver/apiserver';
import { ApiError, type KObject } from '../types';

/** What a kubelet's get of one object returned: the object (none when absent), or the API server's refusal, which the kubelet reports as it got it. */
export interface KubeletGet {
  obj?: KObject;
  refused?: string;
}

/** A get through the node's client, whose gets of secrets, configmaps, claims and volumes the Node authorizer decides. */
export function kubeletGet(api: ApiServer, resource: string, ns: string | undefined, name: string): KubeletGet {
  try {
    return { obj: api.tryGet(resource, ns, name) };
  } catch (e) {
    if (e instanceof ApiError && e.code === 403) return { refused: e.message };
    throw e;
  }
}
