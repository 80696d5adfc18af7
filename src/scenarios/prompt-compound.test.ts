import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from '../shell/shell';
import { transcriptOf } from './run';

const here = dirname(fileURLToPath(import.meta.url));

/** All a script printed at the prompt, as one terminal shows it. */
function printed(script: string): string {
  return new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() }).run(readFileSync(join(here, script), 'utf8')).out;
}

describe('compound commands at the prompt', { timeout: 60_000 }, () => {
  it('prints what bash 5.2 prints for the same script (bash prompt-compound.sh)', () => {
    expect(printed('prompt-compound.sh')).toBe(
      'item 1\nitem 2 3\nitem 4\nbig\nnot four\nnegated\ns=x\ns=xx\ns=xxx\nuntil xxx\nfile a\nfile b\none is first\n6\np-q-\nloop 1\nloop 2\n0xyz\nstatus 0\ndeploy.yaml: manifest\nsvc.yml: manifest\nnotes: other\nin inner\nout 0xyz\n',
    );
  });

  it('runs kubectl in loops and conditions as bash with kubectl v1.34 does against the same API', () => {
    expect(printed('prompt-kubectl-loop.sh')).toBe(KUBECTL_LOOP);
  });

  it('keeps a compound command that spans lines as one transcript entry, its lines indented as typed', () => {
    const t = transcriptOf('prompt-compound.sh');
    expect(t).toContain('$ for f in a b\ndo\n  echo "file $f" > "$f.txt"\ndone\n$ cat a.txt b.txt\nfile a\nfile b\n');
  });
});

const KUBECTL_LOOP = `configmap/cm-one created
configmap/cm-two created
configmap/cm-three created
configmap/cm-one: one
configmap/cm-three: three
configmap/cm-two: two
no cm-four
configmap/cm-one
cm-one is there
configmap/cm-one labeled
configmap/cm-three labeled
configmap/cm-two labeled
3
configmap "cm-one" deleted from default namespace
configmap "cm-two" deleted from default namespace
configmap/cm-three
configmap/kube-root-ca.crt
`;
