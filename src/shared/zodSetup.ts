import { z } from 'zod';

// zod compiles fast parsers with `new Function` unless told not to, and probes for it first; under
// the page's Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation.
z.config({ jitless: true });

export { z };
