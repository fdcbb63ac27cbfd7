/** Thrown for states the program should never reach; expected failures are values, not throws. */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** Asserts an internal invariant (a programmer error when false). */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/** Exhaustiveness check for discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new InvariantError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
