import { expect, test } from '@playwright/test';
import { accounts, consoleErrors, signIn } from './helpers';

test('picking a hosted service fills in its servers, and a test shows each step with its outcome', async ({
	page
}) => {
	const errors = consoleErrors(page);
	await signIn(page, accounts.importer, '/login?redirectTo=%2Fprofile%2Fmail-access');
	await page.waitForURL('**/profile/mail-access');
	const incoming = page.getByRole('group', { name: 'Incoming mail' });
	const outgoing = page.getByRole('group', { name: 'Outgoing mail (SMTP)' });

	await page.getByLabel('Server type').selectOption({ label: 'Google Workspace' });
	await expect(incoming.getByLabel('Host')).toHaveValue('imap.gmail.com');
	await expect(outgoing.getByLabel('Host')).toHaveValue('smtp.gmail.com');
	await expect(outgoing.getByLabel('Port')).toHaveValue('465');
	await page.getByLabel('Server type').selectOption({ label: 'IMAP' });
	await expect(incoming.getByLabel('Host')).toHaveValue('');

	// Nothing listens on port 9 of 127.0.0.1 here: the check stops at the connection.
	await incoming.getByLabel('Host').fill('127.0.0.1');
	await incoming.getByLabel('Security').selectOption({ label: 'None' });
	await expect(incoming.getByLabel('Port')).toHaveValue('143'); // the usual port follows
	await expect(
		page.getByText(/Without security, passwords and mail cross the network unencrypted/)
	).toBeVisible();
	await incoming.getByLabel('Port').fill('9');
	await page.getByLabel('Mail domain').fill('importer.example');
	await outgoing.getByLabel('Host').fill('127.0.0.1');
	await page.getByLabel('Test username').fill('someone@importer.example');
	await page.getByLabel('Test password').fill('typed for this test only');
	await page.getByRole('button', { name: 'Test connection' }).click();

	await expect(page.getByText('The connection failed at the step marked ✗.')).toBeVisible();
	const steps = page
		.getByRole('list', { name: 'Steps of the connection test' })
		.getByRole('listitem');
	await expect(steps).toHaveCount(2);
	await expect(steps.nth(0)).toContainText('Name resolution');
	await expect(steps.nth(1)).toContainText(
		'127.0.0.1 refused the connection on port 9. Check the port.'
	);
	// The typed values stay; the test password is neither kept nor sent back.
	await expect(incoming.getByLabel('Port')).toHaveValue('9');
	await expect(page.getByLabel('Test username')).toHaveValue('someone@importer.example');
	expect(await page.content()).not.toContain('typed for this test only');

	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Mail access connection saved.')).toBeVisible();
	await expect(page.getByText(/Not validated: run Test connection/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('a port out of range and a domain without a dot are refused beside their fields', async ({
	page
}) => {
	await signIn(page, accounts.importer, '/login?redirectTo=%2Fprofile%2Fmail-access');
	await page.waitForURL('**/profile/mail-access');
	await page.getByRole('group', { name: 'Incoming mail' }).getByLabel('Port').fill('70000');
	await page.getByLabel('Mail domain').fill('nodot');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByRole('group', { name: 'Incoming mail' }).getByLabel('Port')
	).toHaveAccessibleDescription('Enter a port from 1 to 65535.');
	await expect(page.getByLabel('Mail domain')).toHaveAccessibleDescription(
		/Enter a domain such as example\.com\./
	);
});
