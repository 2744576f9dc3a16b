import { expect, test } from '@playwright/test';
import { consoleErrors, signIn } from './helpers';

test('an administrator edits the General information and sees it after a reload', async ({
	page
}) => {
	const errors = consoleErrors(page);
	await signIn(page);
	await expect(page).toHaveURL(/\/profile$/);
	await expect(page.getByRole('heading', { name: 'Company Profile', level: 1 })).toBeVisible();

	const general = page.getByRole('region', { name: 'General information' });
	await general.getByRole('link', { name: 'Edit' }).click();
	await expect(page).toHaveURL(/\/profile\/general$/);

	await page.getByLabel('Company name').fill('Acme Voice Services');
	await page.getByLabel('Country').selectOption({ label: 'Belgium' });
	await page.getByLabel('Telephony provider').selectOption({ label: 'BroadSoft BroadWorks' });
	await page.getByLabel('First language').selectOption({ label: 'French' });
	// The demo has a second language; with French first, the only other choice is English.
	await expect(page.getByRole('checkbox', { name: 'Second language' })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Choose the second language' })).toHaveValue(
		'en'
	);
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page.getByRole('status')).toHaveText(
		'General information saved. The new languages apply from the next call session.'
	);

	await page.reload();
	await expect(page.getByLabel('Company name')).toHaveValue('Acme Voice Services');
	await expect(page.getByLabel('Country')).toHaveValue('BE');
	await expect(page.getByLabel('Telephony provider')).toHaveValue('broadworks');
	await expect(page.getByLabel('First language')).toHaveValue('fr');
	await expect(page.getByRole('combobox', { name: 'Choose the second language' })).toHaveValue(
		'en'
	);

	// Unticking the box removes the second language.
	await page.getByRole('checkbox', { name: 'Second language' }).uncheck();
	await expect(page.getByRole('combobox', { name: 'Choose the second language' })).toBeDisabled();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toBeVisible();

	await page.getByRole('link', { name: 'Overview' }).click();
	const overview = page.getByRole('region', { name: 'General information' });
	await expect(overview.getByText('Acme Voice Services')).toBeVisible();
	await expect(overview.getByText('Belgium')).toBeVisible();
	await expect(overview.getByText('BroadSoft BroadWorks')).toBeVisible();
	await expect(overview.getByRole('definition').filter({ hasText: 'None' })).toBeVisible();
	// Nothing was blocked by the Content-Security-Policy, nothing threw.
	expect(errors).toEqual([]);
});

test('an empty company name gets its message beside the field, and nothing is saved', async ({
	page
}) => {
	await signIn(page, undefined, '/login?redirectTo=/profile/general');
	await expect(page).toHaveURL(/\/profile\/general$/);
	const name = page.getByLabel('Company name');
	const saved = await name.inputValue();

	await name.fill('   ');
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page.getByRole('alert')).toHaveText('Some fields need your attention.');
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription('This field is required.');

	await page.reload();
	await expect(page.getByLabel('Company name')).toHaveValue(saved);
});
