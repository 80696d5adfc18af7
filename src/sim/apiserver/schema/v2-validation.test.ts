import { describe, expect, it } from 'vitest';
import { v2ValidationErrors } from './v2-validation';

/** Each row: an object, and the errors kubectl v1.34.5 printed for it as a List item (apply -f, read off its aggregate). */
const ROWS: { name: string; id: string; kind: string; obj: Record<string, unknown>; errors: string[] }[] = [
  {
    name: 'missing required fields in Go struct order, as upstream lists them (not by name)',
    id: 'core.v1.Pod',
    kind: 'Pod',
    obj: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', ownerReferences: [{}] }, spec: { containers: [{ name: 'a' }] }, status: { containerStatuses: [{}] } },
    errors: [
      'ValidationError(Pod.metadata.ownerReferences[0]): missing required field "apiVersion" in io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
      'ValidationError(Pod.metadata.ownerReferences[0]): missing required field "kind" in io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
      'ValidationError(Pod.metadata.ownerReferences[0]): missing required field "name" in io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
      'ValidationError(Pod.metadata.ownerReferences[0]): missing required field "uid" in io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
      'ValidationError(Pod.status.containerStatuses[0]): missing required field "name" in io.k8s.api.core.v1.ContainerStatus',
      'ValidationError(Pod.status.containerStatuses[0]): missing required field "ready" in io.k8s.api.core.v1.ContainerStatus',
      'ValidationError(Pod.status.containerStatuses[0]): missing required field "restartCount" in io.k8s.api.core.v1.ContainerStatus',
      'ValidationError(Pod.status.containerStatuses[0]): missing required field "image" in io.k8s.api.core.v1.ContainerStatus',
      'ValidationError(Pod.status.containerStatuses[0]): missing required field "imageID" in io.k8s.api.core.v1.ContainerStatus',
    ],
  },
  {
    name: 'unknown fields at each level, named by their definition',
    id: 'apps.v1.Deployment',
    kind: 'Deployment',
    obj: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { foo: 1, selector: {}, template: { spec: { containers: [{ name: 'c', imgress: 'x' }] } } } },
    errors: ['ValidationError(Deployment.spec): unknown field "foo" in io.k8s.api.apps.v1.DeploymentSpec', 'ValidationError(Deployment.spec.template.spec.containers[0]): unknown field "imgress" in io.k8s.api.core.v1.Container'],
  },
  {
    name: 'a string takes any scalar, an integer any number; arrays and maps must be what they are',
    id: 'core.v1.Pod',
    kind: 'Pod',
    obj: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 5, labels: ['x'] }, spec: { activeDeadlineSeconds: 1.5, hostNetwork: 'yes', nodeSelector: [1], containers: { a: 1 } } },
    errors: [
      'ValidationError(Pod.metadata.labels): invalid type for io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta.labels: got "array", expected "map"',
      'ValidationError(Pod.spec.containers): invalid type for io.k8s.api.core.v1.PodSpec.containers: got "map", expected "array"',
      'ValidationError(Pod.spec.hostNetwork): invalid type for io.k8s.api.core.v1.PodSpec.hostNetwork: got "string", expected "boolean"',
      'ValidationError(Pod.spec.nodeSelector): invalid type for io.k8s.api.core.v1.PodSpec.nodeSelector: got "array", expected "map"',
    ],
  },
  {
    name: 'named string types name themselves; a null array item is the array\'s error, a null map value a bare one',
    id: 'core.v1.Service',
    kind: 'Service',
    obj: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', creationTimestamp: [1] }, spec: { ports: [null, { port: 80, targetPort: [1] }], selector: { a: null }, type: null } },
    errors: [
      'ValidationError(Service.metadata.creationTimestamp): invalid type for io.k8s.apimachinery.pkg.apis.meta.v1.Time: got "array", expected "string"',
      'ValidationError(Service.spec.ports): unknown object type "nil" in Service.spec.ports[0]',
      'ValidationError(Service.spec.ports[1].targetPort): invalid type for io.k8s.apimachinery.pkg.util.intstr.IntOrString: got "array", expected "string"',
      'unknown object type "nil" in Service.spec.selector.a',
    ],
  },
  {
    name: 'required fields after the fields, map values against the map field',
    id: 'core.v1.ConfigMap',
    kind: 'ConfigMap',
    obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', annotations: { a: [1] } }, data: { a: { b: 1 }, b: 2 } },
    errors: [
      'ValidationError(ConfigMap.data.a): invalid type for io.k8s.api.core.v1.ConfigMap.data: got "map", expected "string"',
      'ValidationError(ConfigMap.metadata.annotations.a): invalid type for io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta.annotations: got "array", expected "string"',
    ],
  },
  {
    name: 'missing required fields, null counting as missing',
    id: 'apps.v1.Deployment',
    kind: 'Deployment',
    obj: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { selector: null } },
    errors: ['ValidationError(Deployment.spec): missing required field "selector" in io.k8s.api.apps.v1.DeploymentSpec', 'ValidationError(Deployment.spec): missing required field "template" in io.k8s.api.apps.v1.DeploymentSpec'],
  },
  {
    name: 'inherited names are unknown fields like any other',
    id: 'core.v1.ConfigMap',
    kind: 'ConfigMap',
    obj: JSON.parse('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"constructor":1,"__proto__":{"a":1}}'),
    errors: ['ValidationError(ConfigMap): unknown field "__proto__" in io.k8s.api.core.v1.ConfigMap', 'ValidationError(ConfigMap): unknown field "constructor" in io.k8s.api.core.v1.ConfigMap'],
  },
];

describe('kubectl client-side validation of List items (kube-openapi over /openapi/v2)', () => {
  for (const r of ROWS) {
    it(r.name, () => {
      expect(v2ValidationErrors(r.obj, r.id, r.kind)).toEqual(r.errors);
    });
  }
});
