/** What an uploaded file may be: larger ones are refused with these numbers in the message. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 100_000;
/** Larger magnitudes would overflow float32 arithmetic (squares in standardization, losses). */
export const MAX_MAGNITUDE = 1e30;

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Refuses a file by its size before it is even read. It lives here, not beside the parser, because
 * the page calls it: importing it from parseCsv.ts would bring papaparse into the main bundle.
 */
export function checkFileSize(bytes: number): string | null {
  if (bytes > MAX_FILE_BYTES) return `The file is ${megabytes(bytes)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB.`;
  return null;
}
