/** How the interpreter unwinds: `exit`, `return`, and an error that stops the script. */

/** Thrown by `exit` (and by a crash): unwinds to the script's runner, which returns the code. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** Thrown by `return`: unwinds to the function call (or the subshell) it is in. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** An error that stops what the shell was running (the script of `sh -c`, the line at an interactive prompt), not the shell. */
export class AbortSignal {
  constructor(readonly code: number) {}
}
