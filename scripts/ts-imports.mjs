// Lets Node run the handbook's TypeScript modules directly (Node strips the
// types itself): relative imports in src/ are written without an extension,
// as Vite resolves them, so this hook adds `.ts` (or `/index.ts`) when the plain path fails.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(`${specifier}/index.ts`, context);
      }
    }
  },
});
