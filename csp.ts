/**
 * The Content-Security-Policy of the built app, set both as a meta tag and by the preview server.
 * Scripts only from this origin, no eval and no inline script; 'wasm-unsafe-eval' is what the
 * WebAssembly backend needs to compile its module; workers from this origin (and blob: for the
 * benchmark's reference engine); pictures may be blob:/data: URLs made on the page (PNG export).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
