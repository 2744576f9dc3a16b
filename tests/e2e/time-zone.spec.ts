import { expect, test } from '@playwright/test';
import { accounts, consoleErrors, signIn } from './helpers';

test.describe('in Toronto', () => {
	test.use({ timezoneId: 'America/Toronto' });

	test("times are shown in the browser's time zone, named, on the server's pages too", async ({
		page
	}) => {
		const errors = consoleErrors(page);
		await signIn(page, accounts.auditor);
		await page.waitForURL('**/profile');
		const changed = page.getByText(/^Last changed /);
		await expect(changed).toHaveText(/ (EST|EDT)$/);

		// The server renders the next page in that zone as well: no flash of UTC, no mismatch.
		const html = await (await page.request.get('/profile')).text();
		expect(html).toMatch(/Last changed [^<]+ (EST|EDT)</);
		await page.reload();
		await expect(changed).toHaveText(/ (EST|EDT)$/);
		expect(errors).toEqual([]);
	});
});

test.describe('in UTC', () => {
	test.use({ timezoneId: 'UTC' });

	test('a browser in UTC sees UTC times', async ({ page }) => {
		await signIn(page, accounts.auditor);
		await page.waitForURL('**/profile');
		await expect(page.getByText(/^Last changed /)).toHaveText(/ UTC$/);
	});
});
