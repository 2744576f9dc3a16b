import { defineConfig } from '@playwright/test';

// Browser tests run Debian's Chromium (Playwright cannot download its own here) against the
// production build, served by tests/e2e/server.js on a loopback port with a temporary database.
const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	// One server and one database: the tests run one after the other, each signing in afresh.
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'tests/.output/e2e.json' }]],
	use: {
		baseURL,
		locale: 'en-US',
		// Tests that need another zone say so (time-zone.spec.ts); the host's never matters.
		timezoneId: 'UTC',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: 'node tests/e2e/server.js',
		url: `${baseURL}/login`,
		env: { PORT: String(port), ORIGIN: baseURL },
		reuseExistingServer: false,
		stdout: 'pipe',
		timeout: 60_000
	}
});
