import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('an administrator offers and defaults packages, creates a user, and sees the defaults on that user', async ({
	page
}) => {
	await signIn(page, accounts.packager, '/login?redirectTo=/profile/packages');
	await expect(page.getByRole('heading', { name: 'Offered packages', level: 1 })).toBeVisible();
	const preview = page.getByRole('complementary', { name: 'A new user will get' });
	await expect(preview).toContainText('No package yet');

	// Ticking Default ticks Offer; unticking Offer unticks Default.
	await page.getByRole('checkbox', { name: 'Make Business a default' }).check();
	await expect(page.getByRole('checkbox', { name: 'Offer Business' })).toBeChecked();
	await page.getByRole('checkbox', { name: 'Offer Essential' }).check();
	await page.getByRole('checkbox', { name: 'Make Unlimited a default' }).check();
	await page.getByRole('checkbox', { name: 'Offer Unlimited' }).uncheck();
	await expect(page.getByRole('checkbox', { name: 'Make Unlimited a default' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Offer Legacy Voice' })).toBeDisabled();

	await expect(preview).toContainText('Default packages: Business');
	await expect(preview).toContainText('They may also get: Essential');
	await expect(preview).toContainText('Monthly base cost: CA$30.00');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Packages saved. They apply to users created from now on.'
	);

	await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
	await expect(page.getByText('Subscription keys: 0 used, 5 unused (of 5).')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Business' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Essential' })).not.toBeChecked();
	await page.getByLabel('First name').fill('Grace');
	await page.getByLabel('Last name').fill('Hopper');
	await page.getByLabel('E-mail').fill('grace@packager.example');
	await page.getByLabel('Extension').fill('42');
	await page.getByRole('button', { name: 'Add the user' }).click();

	await expect(page.getByRole('status')).toHaveText('Grace Hopper was added.');
	const row = page.getByRole('row', { name: /Grace Hopper/ });
	await expect(row.getByRole('cell').nth(2)).toHaveText('Business');
	await expect(page.getByText('Subscription keys: 1 used, 4 unused (of 5).')).toBeVisible();

	// The same extension again is refused beside its field.
	await page.getByLabel('First name').fill('Alan');
	await page.getByLabel('Last name').fill('Turing');
	await page.getByLabel('E-mail').fill('alan@packager.example');
	await page.getByLabel('Extension').fill('42');
	await page.getByRole('button', { name: 'Add the user' }).click();
	await expect(page.getByLabel('Extension')).toHaveAccessibleDescription(
		/already has this extension/
	);

	// Removing asks first: no keeps the user, yes removes it and frees the key.
	page.once('dialog', (d) => d.dismiss());
	await row.getByRole('button', { name: 'Remove Grace Hopper' }).click();
	await page.reload();
	await expect(row).toBeVisible();
	page.once('dialog', (d) => d.accept());
	await row.getByRole('button', { name: 'Remove Grace Hopper' }).click();
	await expect(page.getByRole('status')).toHaveText('Grace Hopper was removed.');
	await expect(page.getByText('Subscription keys: 0 used, 5 unused (of 5).')).toBeVisible();
});
