/**
 * The definitions of the Go types that marshal to a JSON scalar (the schema's quantity, intorstring,
 * time and microtime), as the served OpenAPI names and describes them.
 */
export const SCALAR_DEFS: Record<'quantity' | 'intorstring' | 'time' | 'microtime', { id: string; description: string }> = {
  quantity: { id: 'io.k8s.apimachinery.pkg.api.resource.Quantity', description: 'Quantity is a fixed-point representation of a number.' },
  intorstring: { id: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString', description: 'IntOrString is a type that can hold an int32 or a string.' },
  time: { id: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time', description: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.' },
  microtime: { id: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime', description: 'MicroTime is version of Time with microsecond level precision.' },
};
