import { loadConfig } from './config';
import { createRuntime, type Runtime } from './runtime';

// The SvelteKit process's one runtime, created on first use rather than at import, so that
// `vite build` (which imports server modules to analyse them) never opens a database.
let runtime: Runtime | undefined;

export function getRuntime(): Runtime {
	runtime ??= createRuntime(loadConfig());
	return runtime;
}
