// The parts of Monaco the editor uses: the core editor with its features and YAML highlighting.
// (The package's main entry would also bundle the TypeScript/JSON/CSS/HTML languages.)
import type * as MonacoTypes from 'monaco-editor';
// @ts-expect-error: no declarations for this entry; it is typed through the 'monaco-editor' types below
import * as core from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';

const monaco = core as typeof MonacoTypes;

interface ModuleWorkerOptions {
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: unknown;
  keepIdleModels?: boolean;
  worker?: unknown;
}

/**
 * Monaco 0.54's core `createWebWorker` takes a ready Worker; language plugins written for the
 * `{ moduleId, label, createData }` form (monaco-worker-manager, used by monaco-yaml) rely on
 * the adapter that the package's main entry installs. Since we load the core entry, install the
 * same adapter: get the worker by label from MonacoEnvironment, then hand it its createData.
 */
const createWithWorker = monaco.editor.createWebWorker as unknown as (o: ModuleWorkerOptions) => MonacoTypes.editor.MonacoWebWorker<object>;
(monaco.editor as unknown as { createWebWorker: unknown }).createWebWorker = (opts: ModuleWorkerOptions) => {
  if (opts.worker !== undefined) return createWithWorker(opts);
  const label = opts.label ?? 'monaco-editor-worker';
  const env = (globalThis as unknown as { MonacoEnvironment?: MonacoTypes.Environment }).MonacoEnvironment;
  const worker = Promise.resolve(env!.getWorker!('workerMain.js', label)).then((w) => {
    // the first message only starts the worker's initialize(); the second carries createData
    w.postMessage('ignore');
    w.postMessage(opts.createData);
    return w;
  });
  return createWithWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
};

export default monaco;
