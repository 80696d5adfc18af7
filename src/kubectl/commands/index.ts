// Each command registers itself on import; one file per command (group).
export {};
