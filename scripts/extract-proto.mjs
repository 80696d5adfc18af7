/**
 * Writes src/generated/proto.json: the protobuf field numbers of the Kubernetes v1.34 API types, read
 * from the file descriptors registered in the real kubectl v1.34 binary (extracted just before by
 * extract-kubectl.mjs). kubectl's typed clients (create deployment, auth can-i ...) send protobuf
 * bodies; the HTTP API (src/api) decodes them with these numbers, and encodes the OpenAPI v2 document
 * kubectl asks for in protobuf with gnostic's numbers (openapi.v2.*). Written at install, not committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const binPath = join(root, 'node_modules', '.cache', 'kubectl-v34', 'kubectl');
const outPath = join(root, 'src', 'generated', 'proto.json');

/** Protobuf wire reading: [field number, wire type, value] triples of one message. */
function* fields(buf) {
  let i = 0;
  const varint = () => {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      const b = buf[i++];
      v |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
      shift += 7n;
    }
  };
  while (i < buf.length) {
    const key = Number(varint());
    const no = key >>> 3;
    const wt = key & 7;
    if (wt === 0) yield [no, wt, varint()];
    else if (wt === 2) {
      const n = Number(varint());
      yield [no, wt, buf.subarray(i, i + n)];
      i += n;
    } else if (wt === 1) i += 8;
    else if (wt === 5) i += 4;
    else throw new Error(`wire type ${wt}`);
  }
}

const text = (b) => Buffer.from(b).toString('utf8');

/** gogoproto's `nullable` field option: false on the fields whose Go type is a value, not a pointer. */
const GOGO_NULLABLE = 65001;
/** gogoproto's `casttype`: the Go type a scalar (or a map) is declared as (`Protocol`, `k8s.io/apimachinery/pkg/types.UID`). */
const GOGO_CASTTYPE = 65007;

/**
 * DescriptorProto → messages[fullName] = { f: { no: [name, type, repeated, typeName, value, cast] }, m: map
 * entry, o: declaration order }; `value` (1) marks a field of Go value type (gogoproto.nullable=false),
 * whose zero the encoder writes like any other value; typeName is '' for scalars; `cast` is the named
 * Go type of a scalar or map field (gogoproto.casttype), as Go's JSON errors name it.
 * `o` lists the field numbers in the order the message declares them (go-to-protobuf writes the Go
 * struct's order; numbers only grow as fields are added), only when that is not ascending.
 */
function message(buf, prefix, out) {
  let name = '';
  const f = {};
  const nested = [];
  let mapEntry = false;
  const order = [];
  for (const [no, , v] of fields(buf)) {
    if (no === 1) name = text(v);
    else if (no === 2) {
      let fname = '';
      let num = 0;
      let label = 0;
      let type = 0;
      let typeName = '';
      let value = false;
      let cast = '';
      for (const [fno, , fv] of fields(v)) {
        if (fno === 1) fname = text(fv);
        else if (fno === 3) num = Number(fv);
        else if (fno === 4) label = Number(fv);
        else if (fno === 5) type = Number(fv);
        else if (fno === 6) typeName = text(fv).replace(/^\./, '');
        else if (fno === 8)
          for (const [ono, , ov] of fields(fv)) {
            if (ono === GOGO_NULLABLE && ov === 0n) value = true;
            else if (ono === GOGO_CASTTYPE) cast = text(ov);
          }
      }
      const entry = [fname, type, label === 3 ? 1 : 0];
      if (typeName || value || cast) entry.push(typeName);
      if (value || cast) entry.push(value ? 1 : 0);
      if (cast) entry.push(cast);
      f[num] = entry;
      order.push(num);
    } else if (no === 3) nested.push(v);
    else if (no === 7) for (const [ono, , ov] of fields(v)) if (ono === 7 && ov) mapEntry = true;
  }
  const full = `${prefix}.${name}`;
  out[full] = mapEntry ? { f, m: 1 } : { f };
  if (order.some((n, i) => i > 0 && n < order[i - 1])) out[full].o = order;
  for (const n of nested) message(n, full, out);
}

function main() {
  if (!existsSync(binPath)) {
    console.error(`extract-proto: ${binPath} is missing (extract-kubectl.mjs runs first)`);
    process.exit(1);
  }
  const bin = readFileSync(binPath);
  const magic = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
  const out = {};
  let files = 0;
  for (let i = bin.indexOf(magic); i >= 0; i = bin.indexOf(magic, i + 1)) {
    let fd;
    try {
      // a descriptor is well below 1 MiB compressed. Only this gzip member's deflate stream (after the
      // 10-byte header the magic fixes): gunzip would run on into a descriptor stored right after it
      // and read the two files as one, under the second one's package
      fd = inflateRawSync(bin.subarray(i + 10, i + (1 << 20)), { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      continue;
    }
    if (!fd.subarray(0, 200).includes('generated.proto')) continue;
    let pkg = '';
    const msgs = [];
    try {
      for (const [no, , v] of fields(fd)) {
        if (no === 2) pkg = text(v);
        else if (no === 4) msgs.push(v);
      }
      if (!pkg.startsWith('k8s.io.')) continue;
      for (const m of msgs) message(m, pkg, out);
      files++;
    } catch {
      continue;
    }
  }
  // gnostic's OpenAPI v2 messages (the /openapi/v2 document kubectl asks for in protobuf): a plain,
  // not gzipped descriptor; its fields run up to `syntax` (12)
  const gnostic = bin.indexOf(Buffer.from('\n\x19openapiv2/OpenAPIv2.proto'));
  if (gnostic >= 0) {
    let end = gnostic;
    for (;;) {
      let key = 0;
      let shift = 0;
      let j = end;
      for (;;) {
        const b = bin[j++];
        key += (b & 0x7f) * 2 ** shift;
        if (!(b & 0x80)) break;
        shift += 7;
      }
      if ((key & 7) !== 2 || key >>> 3 < 1 || key >>> 3 > 12) break;
      let len = 0;
      shift = 0;
      for (;;) {
        const b = bin[j++];
        len += (b & 0x7f) * 2 ** shift;
        if (!(b & 0x80)) break;
        shift += 7;
      }
      end = j + len;
    }
    for (const [no, , v] of fields(bin.subarray(gnostic, end))) if (no === 4) message(v, 'openapi.v2', out);
    files++;
  }
  if (!out['openapi.v2.Document']) {
    console.error('extract-proto: the kubectl binary holds no OpenAPI v2 descriptor');
    process.exit(1);
  }
  if (!out['k8s.io.api.core.v1.Pod'] || !out['k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta']) {
    console.error('extract-proto: the kubectl binary holds no Kubernetes API descriptors');
    process.exit(1);
  }
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify(out));
  console.log(`extract-proto: ${Object.keys(out).length} messages from ${files} descriptors → ${outPath}`);
}

main();
