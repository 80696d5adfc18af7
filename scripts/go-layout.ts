/**
 * What the schema generator adds from the protobuf descriptors (src/generated/proto.json) so that
 * kubectl can print a decoded-and-re-encoded typed object as Go's encoding/json does: each
 * definition's fields in Go struct order, which fields have a Go value type (not a pointer), and
 * the named Go types (`v1.Protocol`) decoding errors print.
 */

/** One message of proto.json: fields by number as [name, type, repeated, typeName, value, cast]. */
export interface ProtoMessage {
  f: Record<string, [string, number, number?, string?, number?, string?]>;
  o?: number[];
}

interface LayoutProp {
  t: string;
  v?: 1;
  n?: string;
  it?: LayoutProp;
}

interface LayoutDef {
  p: Record<string, LayoutProp>;
  g?: number[];
}

/** The named Go type of a casttype as reflect prints it: `v1.Protocol`, `types.UID` (`pkg` is the message's package). */
function goName(cast: string, pkg: string): string {
  const slash = cast.lastIndexOf('/');
  return slash >= 0 ? cast.slice(slash + 1) : `${pkg.split('.').pop()}.${cast}`;
}

/** The one value field tagged omitzero in v1.34 (apimachinery types.go): its zero time is left out, not written as null. */
const OMITZERO = 'k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta.creationTimestamp';

/** The JSON names of a message's fields in declaration order, inlined (embedded) structs flattened. */
function goOrder(msg: ProtoMessage, message: string, props: Record<string, LayoutProp>, proto: Record<string, ProtoMessage>, out: string[], marks: Map<string, boolean>): void {
  const numbers = msg.o ?? Object.keys(msg.f).map(Number).sort((a, b) => a - b);
  const pkg = message.slice(0, message.lastIndexOf('.'));
  for (const n of numbers) {
    const [name, , repeated, typeName, value, cast] = msg.f[n];
    if (Object.hasOwn(props, name)) {
      out.push(name);
      // lists and maps are never pointers: their omitempty is all that counts
      marks.set(name, value === 1 && repeated !== 1 && `${message}.${name}` !== OMITZERO);
      // a cast list names its items' type, a cast map the map's own
      const p = props[name];
      if (cast) (p.t === 'array' && p.it ? p.it : p).n = goName(cast, pkg);
    } else if (typeName && proto[typeName]) {
      // a field the JSON form lacks is an embedded struct (`json:",inline"`): its fields sit here
      goOrder(proto[typeName], typeName, props, proto, out, marks);
    }
  }
}

/**
 * Mark value-typed fields `v: 1`, name cast types in `n`, and store the Go order as `g`: indexes
 * into the sorted field names, only where it is not sorted.
 */
export function addGoLayout(defs: Record<string, LayoutDef>, proto: Record<string, ProtoMessage>, messageOf: (id: string) => string): void {
  for (const [id, def] of Object.entries(defs)) {
    const message = messageOf(id);
    const msg = proto[message];
    if (!msg) continue;
    const names = Object.keys(def.p).sort();
    // kind and apiVersion the message lacks come from the inlined TypeMeta, ahead of everything
    const own = new Set(Object.values(msg.f).map((f) => f[0]));
    const order: string[] = ['kind', 'apiVersion'].filter((n) => Object.hasOwn(def.p, n) && !own.has(n));
    const marks = new Map<string, boolean>();
    goOrder(msg, message, def.p, proto, order, marks);
    for (const n of names) if (!order.includes(n)) order.push(n);
    for (const [name, value] of marks) if (value) def.p[name].v = 1;
    const g = order.map((n) => names.indexOf(n));
    if (g.some((x, i) => x !== i)) def.g = g;
  }
}
