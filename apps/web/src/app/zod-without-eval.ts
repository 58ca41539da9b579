import { config } from 'zod/mini';

// The relay's Content-Security-Policy allows no eval (script-src has no 'unsafe-eval'). Zod would probe
// for it with `Function('')` before compiling its object parsers, and the browser would report that as a
// CSP violation; under the policy it could not compile them anyway. So its interpreted parsers are used
// from the start. Imported first by main.tsx, before anything parses.
config({ jitless: true });
