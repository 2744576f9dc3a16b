// The JavaScript a browser loads for a page: every script response of a real Chromium opening
// it with the given session cookie, until the network is idle, so that modules imported at run
// time (the reader's language) count too. Sizes are each file gzip-compressed.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `{ gzipBytes, files }`, or null when there is no Chromium to measure with. */
export async function pageJavaScript(url, cookie) {
	if (!existsSync(executablePath)) return null;
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		const context = await browser.newContext();
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name, value, url }]);
		const page = await context.newPage();
		const sizes = new Map();
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			sizes.set(response.url(), gzipSync(await response.body()).length);
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		if (new URL(page.url()).pathname !== new URL(url).pathname)
			throw new Error(`${url} redirected to ${page.url()}`);
		const gzipBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
		return { gzipBytes, files: sizes.size };
	} finally {
		await browser.close();
	}
}
