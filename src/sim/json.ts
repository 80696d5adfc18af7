/**
 * An object as decoded from JSON or YAML, before (or without) a typed shape: manifests, patches,
 * field paths. Code that reads one checks what it finds; the type only says nothing is known yet.
 */
// oxlint-disable-next-line typescript/no-explicit-any
export type Json = any;
