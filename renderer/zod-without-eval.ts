// The renderer's Content-Security-Policy (renderer/index.html, main/app-origin.ts) has no
// 'unsafe-eval': zod's JIT, which compiles each object schema with `new Function`, is refused
// there (EvalError) and zod falls back to its runtime parser after a probe Chromium reports as a
// CSP violation. Said once, before any schema is built: zod reads this when a schema is
// constructed. The import benchmark imports this module too, so that Node (where eval is
// allowed) validates dossiers as the app does rather than on a faster path the app never takes.
import { z } from 'zod';

z.config({ jitless: true });
