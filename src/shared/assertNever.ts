/** The end of every switch over a union: a new member does not compile until each switch handles it. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
