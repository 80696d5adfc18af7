// Lint plugin (ESLint rule format, run by oxlint): relative imports go only down the layers of src/.
import { dirname, join, relative, sep } from 'node:path';

/**
 * Why `from` may not import `to` (both paths relative to the repository), or undefined when it may.
 * `layers` lists top-level folders of `root` from the top layer down, peers in one entry; a folder
 * imports its own files and any folder of a lower layer. `entries` are never imported by another folder.
 */
export function layerProblem(from, to, { root, layers, entries = [] }) {
  const top = (p) => {
    const parts = p.split(sep).join('/').split('/');
    if (parts[0] !== root || parts.length < 2) return undefined;
    // a file directly in the root (main.tsx) is a layer of its own, named without its extension
    return parts.length === 2 ? parts[1].replace(/\.[^.]+$/, '') : parts[1];
  };
  const a = top(from);
  const b = top(to);
  if (a === undefined || b === undefined || a === b) return undefined;
  const rank = (f) => layers.findIndex((l) => l.includes(f));
  if (entries.includes(b)) return `${root}/${b} is an entry point: nothing imports it`;
  if (rank(a) < 0) return `${root}/${a} has no layer: add it to the layers rule in .oxlintrc.json`;
  if (rank(b) < 0) return `${root}/${b} has no layer: add it to the layers rule in .oxlintrc.json`;
  if (rank(b) === rank(a)) return `${root}/${a} and ${root}/${b} are peers: neither imports the other`;
  if (rank(b) < rank(a)) return `${root}/${a} is below ${root}/${b}: imports go only down the layers (${layers.map((l) => l.join('|')).join(' → ')})`;
  return undefined;
}

const layers = {
  meta: { type: 'problem', docs: { description: 'relative imports go only down the layers' }, schema: false },
  create(context) {
    const options = context.options[0];
    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const from = relative(context.cwd, context.filename);
      const to = relative(context.cwd, join(dirname(context.filename), spec));
      const problem = layerProblem(from, to, options);
      if (problem) context.report({ node: node.source, message: `'${spec}': ${problem}` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { meta: { name: 'layers' }, rules: { layers } };
