import type { StateCreator } from 'zustand';
import type { Diagnostic } from '../worker/protocol';

/** Editor buffers: one per workspace file (tab), in tab order, plus the problems of the last apply. */
export interface EditorSlice {
  files: Record<string, string>;
  order: string[];
  active: string | null;
  diagnostics: Diagnostic[];
  /** Tabs applied at least once since the step began: only they have a problems list to show. */
  checked: string[];
  /** Replace every buffer (step start, share link). */
  setFiles(files: Record<string, string>, active?: string | null): void;
  /** Change a buffer's text (typing). */
  setFile(name: string, text: string): void;
  /** Create or overwrite a tab and make it active. */
  openFile(name: string, text: string): void;
  closeFile(name: string): void;
  /** Rename a tab; false if the new name is taken or empty. */
  renameFile(from: string, to: string): boolean;
  setActive(name: string): void;
  setDiagnostics(file: string, list: Diagnostic[]): void;
  /** A file name not used yet, like `untitled-2.yaml`. */
  freshName(base?: string): string;
}

export const createEditorSlice: StateCreator<EditorSlice, [], [], EditorSlice> = (set, get) => ({
  files: {},
  order: [],
  active: null,
  diagnostics: [],
  checked: [],
  setFiles(files, active) {
    const order = Object.keys(files);
    set({ files: { ...files }, order, active: active && files[active] !== undefined ? active : (order[0] ?? null), diagnostics: [], checked: [] });
  },
  setFile(name, text) {
    const s = get();
    if (s.files[name] === text) return;
    set({ files: { ...s.files, [name]: text }, order: s.order.includes(name) ? s.order : [...s.order, name] });
  },
  openFile(name, text) {
    const s = get();
    set({ files: { ...s.files, [name]: text }, order: s.order.includes(name) ? s.order : [...s.order, name], active: name });
  },
  closeFile(name) {
    const s = get();
    if (!(name in s.files)) return;
    const files = { ...s.files };
    delete files[name];
    const idx = s.order.indexOf(name);
    const order = s.order.filter((n) => n !== name);
    const active = s.active === name ? (order[Math.min(idx, order.length - 1)] ?? null) : s.active;
    set({ files, order, active, diagnostics: s.diagnostics.filter((d) => d.file !== name), checked: s.checked.filter((n) => n !== name) });
  },
  renameFile(from, to) {
    const s = get();
    to = to.trim();
    if (!to || to === from) return to === from;
    if (to in s.files || !(from in s.files) || /[\s/'"]/.test(to)) return false;
    const files: Record<string, string> = {};
    for (const k of s.order) files[k === from ? to : k] = s.files[k];
    set({
      files,
      order: s.order.map((n) => (n === from ? to : n)),
      active: s.active === from ? to : s.active,
      diagnostics: s.diagnostics.filter((d) => d.file !== from),
      checked: s.checked.filter((n) => n !== from),
    });
    return true;
  },
  setActive(name) {
    if (name in get().files) set({ active: name });
  },
  setDiagnostics(file, list) {
    const s = get();
    set({ diagnostics: [...s.diagnostics.filter((d) => d.file !== file), ...list], checked: s.checked.includes(file) ? s.checked : [...s.checked, file] });
  },
  freshName(base = 'untitled') {
    const files = get().files;
    for (let i = 1; ; i++) {
      const n = i === 1 ? `${base}.yaml` : `${base}-${i}.yaml`;
      if (!(n in files)) return n;
    }
  },
});
