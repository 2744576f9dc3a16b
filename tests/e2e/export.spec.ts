import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('the FAQ downloads the whole company account as a JSON file, without the bill', async ({
	page
}) => {
	await signIn(page, accounts.demo, '/login?redirectTo=%2Fprofile%2Fhelp');
	await page.waitForURL('**/profile/help');
	await page.getByText('Can I move the company account to an internal system?').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download the company account (JSON)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^company-account-\d{4}-\d{2}-\d{2}\.json$/);
	const account = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(account.format).toEqual({ name: 'company-profile-account', version: 1 });
	expect(account.administrator.email).toBe(accounts.demo.email);
	expect(account.users.length).toBeGreaterThan(0);
	expect(account.callRestrictions.some((r: { origin: string }) => r.origin === 'provider')).toBe(
		true
	);
	expect(account).not.toHaveProperty('billing');

	const response = await page.request.get('/profile/account.json');
	expect(response.headers()['cache-control']).toBe('no-store');
});
