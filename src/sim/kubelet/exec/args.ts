/** What every exec command uses: a success result, the image's flavour and paths (options: sim/sh/utils/options.ts). */
import { normalize } from '../fs';
import type { CmdCtx, CmdResult } from './host';

export const ok = (out = ''): CmdResult => ({ out, code: 0 });

export const gnu = (c: CmdCtx) => c.host.def.flavor === 'gnu';

export const path = (c: CmdCtx, p: string) => normalize(p, c.cwd);

