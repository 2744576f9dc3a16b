import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		typescript: {
			// Type-check the migrations and tool configs too; never the build output.
			config(tsconfig) {
				tsconfig.include.push(
					'../migrations/**/*.ts',
					'../vite.cli.config.ts',
					'../playwright.config.ts',
					'../scripts/**/*.js'
				);
				tsconfig.exclude.push('../build/**', '../build-cli/**');
			}
		},
		// Kit hashes its own inline bootstrap script; nothing else may run inline.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Kit's route announcer carries one fixed style attribute; allow exactly that one.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
