/** The shared utilities as container commands: busybox's or GNU coreutils' as the image has them, reading the rootfs. */
import { UTILS } from '../../sh/utils';
import type { Util } from '../../sh/utils/context';
import { groupName, userName, type Command } from './host';
import { gnu, path } from './args';

function inContainer(util: Util): Command {
  return (argv, c) => {
    const r = util(argv.slice(1), {
      stdin: c.stdin,
      read: (p) => {
        const n = c.host.fs.stat(path(c, p));
        return n?.type === 'file' ? (n.content ?? '') : { error: n?.type === 'dir' ? 'EISDIR' : 'ENOENT' };
      },
      flavor: gnu(c) ? 'gnu' : 'busybox',
      shell: gnu(c) ? 'sh: 1: ' : 'sh: ',
      stat: (p, follow) => c.host.fs.stat(path(c, p), follow),
      list: (p) => c.host.fs.list(path(c, p)),
      remove: (p, recursive) => c.host.fs.remove(path(c, p), recursive),
      write: (p, text) => c.host.fs.writeFile(path(c, p), text),
      userName,
      groupName,
    });
    return { out: r.stdout, err: r.stderr, code: r.code };
  };
}

/** The shared utilities as container commands. */
export const TEXT_COMMANDS: Record<string, Command> = Object.fromEntries(Object.entries(UTILS).map(([name, util]) => [name, inContainer(util)]));
