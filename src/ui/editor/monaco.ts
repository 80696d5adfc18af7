import type * as Monaco from 'monaco-editor';
import type { Lang } from '../../lessons';
import { translate } from '../i18n';
import { EDITOR_TEXT } from './strings';
import { registerFieldFix, type Suggest } from './quickFix';

export type MonacoApi = typeof Monaco;

/** The generated JSON schema module with its field suggester. */
const schemaModules = import.meta.glob<{ kubernetesJsonSchema?: () => unknown; suggestField?: Suggest }>('../../sim/apiserver/schema/json-schema.ts');

let loading: Promise<MonacoApi> | undefined;
let lang: Lang = 'en';

/** Monaco's ESM build reads its UI strings from this global table; absent, it uses its English texts. */
const nls = globalThis as unknown as { _VSCODE_NLS_MESSAGES?: string[] };
let zhMessages: string[] | undefined;

/**
 * Monaco's words (hovers, menus, Quick Fix) in the page's language. Most are looked up when shown;
 * those built when Monaco's modules load follow the language Monaco was first loaded in.
 */
export async function setMonacoLang(next: Lang): Promise<void> {
  lang = next;
  if (next === 'zh' && !zhMessages) {
    // @ts-expect-error: a script that sets the global table, without declarations
    await import('monaco-editor/esm/nls.messages.zh-cn.js');
    zhMessages = nls._VSCODE_NLS_MESSAGES;
  }
  nls._VSCODE_NLS_MESSAGES = lang === 'zh' ? zhMessages : undefined;
}

/** The URI monaco-yaml knows the bundled schema by (never fetched: the schema is given inline). */
const SCHEMA_URI = 'inmemory://kube-playground/kubernetes.schema.json';

/** A workspace file's model URI: `file:///<tab name>`. */
export function fileUri(monaco: MonacoApi, name: string): Monaco.Uri {
  return monaco.Uri.parse(`file:///${encodeURIComponent(name)}`);
}

/** The editor language of a tab: manifests are YAML (JSON is YAML too); a config file or key for `--from-file` is plain text, never checked against the Kubernetes schema. */
export function languageOf(name: string): 'yaml' | 'plaintext' {
  return /\.(ya?ml|json)$/i.test(name) ? 'yaml' : 'plaintext';
}

async function loadSchema(): Promise<{ schema?: unknown; suggest?: Suggest }> {
  const load = Object.values(schemaModules)[0];
  if (!load) return {};
  try {
    const m = await load();
    return { schema: m.kubernetesJsonSchema?.(), suggest: m.suggestField };
  } catch {
    return {};
  }
}

/**
 * monaco-yaml with the bundled schema, and the field Quick Fix. The schema (~200 KB gzip, built
 * when its module runs) loads once the editor is up: typing never waits for it, and the YAML
 * worker starts once, with the schema, instead of once without and again with it.
 */
async function configureYaml(monaco: MonacoApi): Promise<void> {
  const [{ configureMonacoYaml }, { schema, suggest }] = await Promise.all([import('monaco-yaml'), loadSchema()]);
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    isKubernetes: true,
    schemas: schema ? [{ uri: SCHEMA_URI, fileMatch: ['file:///*'], schema: schema as never }] : [],
  });
  if (suggest) registerFieldFix(monaco, suggest, (field) => translate(lang, EDITOR_TEXT.changeTo, { field }));
}

/**
 * Load Monaco and its workers once (lazily: Monaco is ~850 KB gzip and stays out of the first
 * load), then monaco-yaml without waiting for it. Follows monaco-yaml's Vite example: `?worker`
 * imports, getWorker by label, configureMonacoYaml once.
 */
export function loadMonaco(initialLang: Lang): Promise<MonacoApi> {
  loading ??= (async () => {
    // before Monaco's modules load: they read part of their words at that moment
    await setMonacoLang(initialLang);
    const [monaco, { default: EditorWorker }, { default: YamlWorker }] = await Promise.all([
      import('./monacoEntry').then((m) => m.default as unknown as MonacoApi),
      import('monaco-editor/esm/vs/editor/editor.worker.js?worker'),
      import('./yaml.worker.ts?worker'),
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
    void configureYaml(monaco).catch(() => undefined);
    return monaco;
  })();
  return loading;
}
