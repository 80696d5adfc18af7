/** The lessons' start and solution manifests, read from lessons/ (the oracle dry-runs each). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiVersionOf, RESOURCES } from '../../sim/apiserver/resources';

const LESSONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lessons');

/** The group-versions a v1.34 cluster serves, and each version's kinds, as in the oracle's discovery cache. */
const SERVED = new Set(RESOURCES.map(apiVersionOf));
const KINDS = new Set(RESOURCES.map((r) => `${apiVersionOf(r)}/${r.kind}`));

/**
 * A manifest naming an apiVersion no v1.34 server serves (the notes' extensions/v1beta1,
 * apps/v1beta1), or none (kubectl then looks the kind up in the core group and asks the server
 * when it is not there), sends the real kubectl back to the server: not a client-side case.
 */
function unserved(text: string): boolean {
  const versions = [...text.matchAll(/^apiVersion:\s*["']?([^\s"'#]+)/gm)].map((m) => m[1]);
  const kinds = [...text.matchAll(/^kind:\s*["']?([^\s"'#]+)/gm)].map((m) => m[1]);
  if (!versions.length || versions.some((v) => !SERVED.has(v))) return true;
  // a kind the served version lacks (PodSecurityPolicy in v1) is looked up on the server too
  return kinds.length === versions.length && kinds.some((k, i) => !KINDS.has(`${versions[i]}/${k}`) && !KINDS.has(`${versions[i]}/${k[0]?.toUpperCase()}${k.slice(1)}`));
}

/** Path under lessons/ → text, for every `*.yaml`/`*.yml` of a step's start/ and solution/. */
export function lessonManifests(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const chapter of readdirSync(LESSONS).filter((d) => /^\d/.test(d)).sort()) {
    for (const step of readdirSync(join(LESSONS, chapter)).filter((d) => /^\d/.test(d)).sort()) {
      for (const part of ['start', 'solution']) {
        const dir = join(LESSONS, chapter, step, part);
        let names: string[];
        try {
          names = readdirSync(dir);
        } catch {
          continue;
        }
        for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
          const rel = `${chapter}/${step}/${part}/${name}`;
          const text = readFileSync(join(dir, name), 'utf8');
          if (!unserved(text)) files[`lessons/${rel}`] = text;
        }
      }
    }
  }
  return files;
}
