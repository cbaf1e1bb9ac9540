/** The message of anything thrown, for a sentence shown to the learner. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Waits for `work`, but never longer than `ms`: what does not answer must not hold the page up. */
export function atMost(work: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
