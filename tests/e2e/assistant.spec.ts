import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('the assistant keeps its mailbox password write-only and warns about an address outside the mail domain', async ({
	page
}) => {
	await signIn(page, accounts.assistant);
	await page.waitForURL('**/profile');
	// The company's mail domain comes from its mail access connection.
	await page.goto('/profile/mail-access');
	await page
		.getByRole('group', { name: 'Incoming mail' })
		.getByLabel('Host')
		.fill('mail.assistant.example');
	await page.getByLabel('Mail domain').fill('assistant.example');
	await page
		.getByRole('group', { name: 'Outgoing mail (SMTP)' })
		.getByLabel('Host')
		.fill('smtp.assistant.example');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Mail access connection saved.')).toBeVisible();

	await page.getByRole('link', { name: 'Virtual assistant' }).first().click();
	// Wait for the page: the mail access page has a "Test username" field that 'Name' would match.
	await expect(page.getByRole('heading', { level: 1, name: 'Virtual assistant' })).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill('Sam');
	await page.getByLabel('E-mail', { exact: true }).fill('sam@elsewhere.example');
	await page.getByLabel('Mailbox password').fill('assistant mailbox 31');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByText('Saved. Messages sent from now on use the new name and e-mail.')
	).toBeVisible();
	await expect(
		page.getByText(/outside your company's mail domain \(assistant\.example\)/)
	).toBeVisible();
	await expect(page.getByText(/^Set on /)).toBeVisible();
	expect(await page.content()).not.toContain('assistant mailbox 31');

	await page.getByRole('link', { name: 'Overview' }).click();
	const card = page.getByRole('region', { name: 'Virtual assistant' });
	await expect(card).toContainText('Sam');
	await expect(card).toContainText('Set (encrypted)');
});

test('a name longer than 40 characters is refused beside the field', async ({ page }) => {
	await signIn(page, accounts.assistant, '/login?redirectTo=%2Fprofile%2Fassistant');
	await page.waitForURL('**/profile/assistant');
	const name = page.getByLabel('Name', { exact: true });
	await name.evaluate((el) => el.removeAttribute('maxlength'));
	await name.fill('x'.repeat(41));
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(name).toHaveAccessibleDescription(/Use at most 40 characters\./);
});
