// Commands of this group register themselves on import.
export {};
