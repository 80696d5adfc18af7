/**
 * What the schema generator adds from the protobuf descriptors (src/generated/proto.json) so that
 * kubectl can print a decoded-and-re-encoded typed object as Go's encoding/json does: each
 * definition's fields in Go struct order, and which fields have a Go value type (not a pointer).
 */

/** One message of proto.json: fields by number as [name, type, repeated, typeName, value]. */
export interface ProtoMessage {
  f: Record<string, [string, number, number?, string?, number?]>;
  o?: number[];
}

interface LayoutDef {
  p: Record<string, { t: string; v?: 1 }>;
  g?: number[];
}

/** Types with their own JSON form (Time has omitzero on creationTimestamp, so it is left unmarked). */
const SKIP_VALUE = new Set(['k8s.io.apimachinery.pkg.apis.meta.v1.Time', 'k8s.io.apimachinery.pkg.apis.meta.v1.MicroTime']);

/** The JSON names of a message's fields in declaration order, inlined (embedded) structs flattened. */
function goOrder(msg: ProtoMessage, props: Record<string, unknown>, proto: Record<string, ProtoMessage>, out: string[], marks: Map<string, boolean>): void {
  const numbers = msg.o ?? Object.keys(msg.f).map(Number).sort((a, b) => a - b);
  for (const n of numbers) {
    const [name, , repeated, typeName, value] = msg.f[n];
    if (Object.hasOwn(props, name)) {
      out.push(name);
      // lists and maps are never pointers: their omitempty is all that counts
      marks.set(name, value === 1 && repeated !== 1 && !SKIP_VALUE.has(typeName ?? ''));
    } else if (typeName && proto[typeName]) {
      // a field the JSON form lacks is an embedded struct (`json:",inline"`): its fields sit here
      goOrder(proto[typeName], props, proto, out, marks);
    }
  }
}

/**
 * Mark value-typed fields `v: 1` and store the Go order as `g`: indexes into the sorted field
 * names (kind and apiVersion, from the inlined TypeMeta, first), only where it is not sorted.
 */
export function addGoLayout(defs: Record<string, LayoutDef>, proto: Record<string, ProtoMessage>, messageOf: (id: string) => string): void {
  for (const [id, def] of Object.entries(defs)) {
    const msg = proto[messageOf(id)];
    if (!msg) continue;
    const names = Object.keys(def.p).sort();
    const order: string[] = names.filter((n) => n === 'kind' || n === 'apiVersion').sort().reverse();
    const marks = new Map<string, boolean>();
    goOrder(msg, def.p, proto, order, marks);
    for (const n of names) if (!order.includes(n)) order.push(n);
    for (const [name, value] of marks) if (value) def.p[name].v = 1;
    const g = order.map((n) => names.indexOf(n));
    if (g.some((x, i) => x !== i)) def.g = g;
  }
}
