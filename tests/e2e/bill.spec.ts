import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { accounts, consoleErrors, signIn } from './helpers';

test('the bill asks for the password, then shows the statements, the chart and a CSV download', async ({
	page
}) => {
	const errors = consoleErrors(page);
	await signIn(page, accounts.demo);
	await page.waitForURL('**/profile');
	await page.getByRole('link', { name: 'Company bill' }).first().click();
	await expect(
		page.getByRole('heading', { name: 'Enter your password to open the bill' })
	).toBeVisible();

	await page.getByLabel('Your password').fill('not the password');
	await page.getByRole('button', { name: 'Open the bill' }).click();
	await expect(page.getByLabel('Your password')).toHaveAccessibleDescription(
		'This is not your current password.'
	);

	await page.getByLabel('Your password').fill(accounts.demo.password);
	await page.getByRole('button', { name: 'Open the bill' }).click();
	const chart = page.getByRole('img', { name: 'Totals of the last 12 months' });
	await expect(chart).toBeVisible();
	await expect(chart.locator('rect')).toHaveCount(12);
	const month = new Intl.DateTimeFormat('en', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date());
	const statement = page.getByRole('region', { name: `Statement for ${month}` });
	await expect(statement.getByRole('row', { name: /^Essential / })).toBeVisible();
	await expect(statement.getByRole('row', { name: /^Total CA\$\d+\.\d{2}$/ })).toBeVisible();
	await expect(
		page.getByRole('row', { name: new RegExp(`^${month} current, to date`) })
	).toBeVisible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		statement.getByRole('link', { name: 'Download CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^statement-\d{4}-\d{2}\.csv$/);
	const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
	expect(csv[0]).toBe(
		'Period,Package,Users,Base rate,Base,Included min,Minutes used,Extra minutes,Per extra min,Extra,Line total,currency'
	);
	expect(csv.some((line) => /^\d{4}-\d{2},Total,(,){8}\d+\.\d{2},CAD$/.test(line))).toBe(true);

	// Billing data is never cached: the page, and the procedures, batched or not.
	const response = await page.request.get('/profile/bill');
	expect(response.headers()['cache-control']).toBe('no-store');
	for (const path of [
		'/trpc/billing.statements',
		'/trpc/profile.get,billing.statements?batch=1&input={}'
	]) {
		const trpc = await page.request.get(path);
		expect(trpc.status(), path).toBe(200);
		expect(trpc.headers()['cache-control'], path).toBe('no-store');
	}

	await page.getByRole('button', { name: 'Close the bill' }).click();
	await expect(
		page.getByRole('heading', { name: 'Enter your password to open the bill' })
	).toBeVisible();
	expect(errors).toEqual([]);
});
