import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// argon2 is CPU-bound and this machine has two cores.
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					// Each file migrates its own temporary SQLite file.
					testTimeout: 20_000
				}
			},
			{
				extends: true,
				test: {
					name: 'security',
					include: ['tests/security/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'reliability',
					include: ['tests/reliability/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000
				}
			}
		]
	}
});
