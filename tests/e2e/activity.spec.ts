import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { connect } from '../../examples/client';
import { accounts, consoleErrors, signIn } from './helpers';

test('the activity page lists who changed what, filters by section and exports CSV', async ({
	page,
	baseURL
}) => {
	const errors = consoleErrors(page);
	const api = await connect(baseURL!, accounts.auditor.email, accounts.auditor.password);
	await api.callRestrictions.create.mutate({
		name: 'Audited rule',
		pattern: '1976',
		pbxSystem: null,
		rule: 'deny_all'
	});
	await api.provisioning.update.mutate({
		pbxSystem: 'demo-pbx',
		accountId: 'demo-provisioning',
		password: 'demo-pbx-password'
	});

	await signIn(page, accounts.auditor);
	await page.waitForURL('**/profile');
	await page.getByRole('link', { name: 'Activity' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows.filter({ hasText: 'Call restrictions · Added' })).toContainText(
		'name: (empty) → Audited rule'
	);
	await expect(rows.filter({ hasText: 'Provisioning access · Changed' })).toContainText(
		'password: changed → changed'
	);
	expect(await page.content()).not.toContain('demo-pbx-password');

	await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Sign-in' });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/section=auth/);
	await expect(rows.filter({ hasText: 'Sign-in · Signed in' }).first()).toContainText(
		accounts.auditor.email
	);
	await expect(rows.filter({ hasText: 'Call restrictions' })).toHaveCount(0);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download CSV' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('When,Who,session,ip,user agent,Section,What,Changes,detail');
	expect(csv).toContain(',auth,signIn,');
	expect(csv).not.toContain('callRestrictions');
	expect(errors).toEqual([]);
});
