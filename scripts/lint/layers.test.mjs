import { describe, expect, it } from 'vitest';
import { layerProblem } from './layers.mjs';

const options = { root: 'src', layers: [['main'], ['ui'], ['state'], ['worker', 'cli'], ['shell'], ['sim']], entries: ['main', 'cli'] };

describe('the layers lint rule', () => {
  it('lets a folder import itself and any lower layer', () => {
    expect(layerProblem('src/sim/a/b.ts', 'src/sim/c', options)).toBeUndefined();
    expect(layerProblem('src/ui/App.tsx', 'src/sim/cluster', options)).toBeUndefined();
    expect(layerProblem('src/main.tsx', 'src/ui/App', options)).toBeUndefined();
    expect(layerProblem('src/cli/sim.ts', 'src/shell/shell', options)).toBeUndefined();
  });

  it('refuses imports up the layers, between peers and into entry points', () => {
    expect(layerProblem('src/sim/kubelet/x.ts', 'src/shell/io', options)).toMatch(/^src\/sim is below src\/shell/);
    expect(layerProblem('src/worker/host.ts', 'src/cli/disk', options)).toMatch(/entry point/);
    expect(layerProblem('src/cli/sim.ts', 'src/worker/host', options)).toMatch(/peers/);
    expect(layerProblem('src/state/x.ts', 'src/main', options)).toMatch(/entry point/);
  });

  it('asks for a layer for a new folder', () => {
    expect(layerProblem('src/newthing/a.ts', 'src/sim/x', options)).toMatch(/src\/newthing has no layer/);
  });

  it('ignores files outside the root', () => {
    expect(layerProblem('scripts/gen.ts', 'src/ui/App', options)).toBeUndefined();
  });
});
