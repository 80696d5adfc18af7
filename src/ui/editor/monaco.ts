import type * as Monaco from 'monaco-editor';

export type MonacoApi = typeof Monaco;

/** H1's generated JSON schema module (src/sim/apiserver/schema/json-schema.ts), if it has landed. */
const schemaModules = import.meta.glob<{ kubernetesJsonSchema?: () => unknown }>('../../sim/apiserver/schema/json-schema.ts');

let loading: Promise<MonacoApi> | undefined;

/** The URI monaco-yaml knows the bundled schema by (never fetched: the schema is given inline). */
export const SCHEMA_URI = 'inmemory://kube-playground/kubernetes.schema.json';

/** A workspace file's model URI: `file:///<tab name>`. */
export function fileUri(monaco: MonacoApi, name: string): Monaco.Uri {
  return monaco.Uri.parse(`file:///${encodeURIComponent(name)}`);
}

async function loadSchema(): Promise<unknown | undefined> {
  const load = Object.values(schemaModules)[0];
  if (!load) return undefined;
  try {
    return (await load()).kubernetesJsonSchema?.();
  } catch {
    return undefined;
  }
}

/**
 * Load Monaco, monaco-yaml and their workers once (lazily: Monaco is ~1 MB gzip and stays out of
 * the first load). Follows monaco-yaml's Vite example: `?worker` imports, getWorker by label,
 * configureMonacoYaml once.
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= (async () => {
    const [monaco, { configureMonacoYaml }, { default: EditorWorker }, { default: YamlWorker }, schema] = await Promise.all([
      import('./monacoEntry').then((m) => m.default),
      import('monaco-yaml'),
      import('monaco-editor/esm/vs/editor/editor.worker.js?worker'),
      import('./yaml.worker.ts?worker'),
      loadSchema(),
    ]);
    (globalThis as unknown as { MonacoEnvironment: Monaco.Environment }).MonacoEnvironment = {
      getWorker(_moduleId: string, label: string) {
        switch (label) {
          case 'editorWorkerService':
            return new EditorWorker();
          case 'yaml':
            return new YamlWorker();
          default:
            throw new Error(`Unknown label ${label}`);
        }
      },
    };
    configureMonacoYaml(monaco as unknown as MonacoApi, {
      enableSchemaRequest: false,
      hover: true,
      completion: true,
      validate: true,
      isKubernetes: true,
      schemas: schema ? [{ uri: SCHEMA_URI, fileMatch: ['file:///*'], schema: schema as never }] : [],
    });
    return monaco as unknown as MonacoApi;
  })();
  return loading;
}
