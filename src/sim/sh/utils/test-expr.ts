/** `test EXPR` and `[ EXPR ]`, one evaluation for every shell; what a file is, its host knows. */

/** What `-e`, `-f` and `-d` ask of a path. */
export type FileKind = 'file' | 'dir' | 'other' | undefined;

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-gt': (a, b) => a > b,
  '-le': (a, b) => a <= b,
  '-ge': (a, b) => a >= b,
};

/** The exit status of `test` over its operands (without `test`, or `[`'s closing `]`): 0 true, 1 false. */
export function testStatus(args: string[], kind: (path: string) => FileKind): number {
  const yes = (b: boolean) => (b ? 0 : 1);
  if (args[0] === '!') return 1 - testStatus(args.slice(1), kind);
  if (args.length === 3 && (args[1] === '=' || args[1] === '==')) return yes(args[0] === args[2]);
  if (args.length === 3 && args[1] === '!=') return yes(args[0] !== args[2]);
  if (args.length === 3 && Object.hasOwn(COMPARE, args[1])) return yes(COMPARE[args[1]](Number(args[0]), Number(args[2])));
  if (args.length === 2 && args[0] === '-z') return yes(args[1] === '');
  if (args.length === 2 && args[0] === '-n') return yes(args[1] !== '');
  if (args.length === 2 && /^-[fde]$/.test(args[0])) {
    const k = kind(args[1]);
    return yes(args[0] === '-e' ? k !== undefined : args[0] === '-f' ? k === 'file' : k === 'dir');
  }
  return yes(args.length === 1 && args[0] !== '');
}
