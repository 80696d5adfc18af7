import { ApiError } from '../../types';
import type { AdmissionPlugin } from '../apiserver';
import { admissionForbidden } from './forbidden';

/** Namespaces that can never be deleted. */
const IMMORTAL_NAMESPACES = ['default', 'kube-public', 'kube-system'];

/**
 * NamespaceLifecycle (a mutating plugin, so it answers before field validation): no objects in a
 * missing namespace, no new objects in a terminating one.
 */
export const namespaceLifecyclePlugin: AdmissionPlugin = {
  name: 'NamespaceLifecycle',
  phase: 'default',
  run(obj, ctx) {
    if (!ctx.rt.namespaced || ctx.subresource) return;
    const ns = obj.metadata?.namespace;
    if (!ns) return;
    const nsObj = ctx.api.tryGet('namespaces', undefined, ns);
    if (!nsObj) {
      throw new ApiError(404, 'NotFound', `namespaces "${ns}" not found`, [], { kind: 'namespaces', name: ns });
    }
    // events keep flowing while a namespace is torn down, so controllers can report what they did
    if (ctx.op === 'CREATE' && nsObj.status?.phase === 'Terminating' && ctx.rt.kind !== 'Event') {
      throw admissionForbidden(ctx.rt, obj, `unable to create new content in namespace ${ns} because it is being terminated`);
    }
  },
  admitDelete(obj, ctx) {
    if (ctx.rt.kind === 'Namespace' && IMMORTAL_NAMESPACES.includes(obj.metadata.name!)) {
      throw admissionForbidden(ctx.rt, obj, 'this namespace may not be deleted');
    }
  },
};
