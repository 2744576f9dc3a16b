import { expect, test } from '@playwright/test';
import { accounts, consoleErrors, signIn } from './helpers';

// The Demo PBX's own credentials (src/lib/server/services/pbx/demo.ts, README).
const DEMO_PBX = { account: 'demo-provisioning', password: 'demo-pbx-password' };

test('an administrator saves the provisioning access, tests it, and imports the users and numbers once', async ({
	page
}) => {
	const errors = consoleErrors(page);
	await signIn(page, accounts.importer);
	await page.getByRole('link', { name: 'Provisioning access' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Provisioning access' })).toBeVisible();

	await page.getByLabel('Phone system').selectOption({ label: 'Demo PBX' });
	await page.getByLabel('Account ID').fill(DEMO_PBX.account);
	await page.getByLabel('Password', { exact: true }).fill(DEMO_PBX.password);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Provisioning access saved.' })
	).toBeVisible();
	// Write-only: shown as the date it was set, the new one behind "Change", never the value.
	await expect(page.getByText(/^Set on /)).toBeVisible();
	await expect(page.getByLabel('New password')).toBeHidden();
	expect(await page.content()).not.toContain(DEMO_PBX.password);

	await page.getByRole('button', { name: 'Test access' }).click();
	const steps = page.getByRole('list', { name: 'Steps of the access test' });
	await expect(page.getByText('Access works.')).toBeVisible();
	await expect(steps.getByRole('listitem')).toHaveCount(2);
	await expect(steps).toContainText('Signed in as demo-provisioning.');

	await page.getByRole('button', { name: 'Preview the import' }).click();
	const summary = page.getByRole('table', { name: 'What the import would do' });
	await expect(summary.getByRole('row', { name: /^Users 24 24 0 0$/ })).toBeVisible();
	await expect(summary.getByRole('row', { name: /^Phone numbers 36 36 0 0$/ })).toBeVisible();
	await page.getByRole('button', { name: 'Import 24 users and 36 numbers' }).click();
	await expect(
		page.getByText('Imported 24 users and 36 phone numbers; 0 existing users linked; 0 skipped.')
	).toBeVisible();

	await page.getByRole('link', { name: 'See the phone numbers' }).click();
	await expect(page.getByText('36 numbers, 36 unused.')).toBeVisible();
	await expect(
		page.getByRole('row', { name: /\(514\) 555-0100 Voice Unused Phone system/ })
	).toBeVisible();

	// A second import finds everything already here.
	await page.goto('/profile/provisioning');
	await page.getByRole('button', { name: 'Preview the import' }).click();
	await expect(page.getByText('Everything on the phone system is already here.')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Import \d+ users/ })).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a refused account ID is explained beside its field and the typed password is not sent back', async ({
	page
}) => {
	await signIn(page, accounts.importer, '/login?redirectTo=%2Fprofile%2Fprovisioning');
	await page.waitForURL('**/profile/provisioning');
	await page.getByLabel('Account ID').fill('has spaces');
	await page.getByText('Change', { exact: true }).click();
	await page.getByLabel('New password').fill('typed secret 99');
	await page.getByRole('button', { name: 'Save' }).click();
	const field = page.getByLabel('Account ID');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Use letters, digits and \. _ @ - only\./);
	await expect(field).toBeFocused();
	expect(await page.content()).not.toContain('typed secret 99');
});
