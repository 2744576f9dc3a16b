import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The operator commands (serve, company, migrate, backup, restore) are bundled by Vite like the app, so that
// they share its code and its migrator, which reads migrations through import.meta.glob.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	build: {
		ssr: true,
		target: 'node20',
		outDir: 'build-cli',
		emptyOutDir: true,
		sourcemap: true,
		rollupOptions: {
			input: {
				serve: 'src/cli/serve.ts',
				company: 'src/cli/company.ts',
				migrate: 'src/cli/migrate.ts',
				backup: 'src/cli/backup.ts',
				restore: 'src/cli/restore.ts',
				'bench-seed': 'src/cli/bench-seed.ts'
			},
			output: { format: 'esm', entryFileNames: '[name].js' }
		}
	}
});
