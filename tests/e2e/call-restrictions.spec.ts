import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('an administrator adds a rule, checks which rule applies to a number, edits and removes it', async ({
	page
}) => {
	await signIn(page, accounts.packager, '/login?redirectTo=/profile/call-restrictions');
	const rules = page.getByRole('region', { name: 'Call restrictions' });
	const premium = rules.getByRole('row', { name: /Premium 900 numbers/ });
	const answer = page.getByRole('region', { name: 'Which rule applies to this number?' });
	await expect(premium).toContainText('Service provider');
	await expect(premium.getByRole('button', { name: /Remove/ })).toHaveCount(0);

	await page.getByLabel('Dialled number').fill('+1 900 555 0100');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(answer).toContainText('falls under “Premium 900 numbers”');
	await expect(answer).toContainText('No user may call it.');

	await page.getByLabel('Name', { exact: true }).fill('Support hotline');
	await page.getByLabel('Number pattern', { exact: true }).fill('19005550199');
	await page.getByLabel('Rule', { exact: true }).selectOption({ label: 'Allow all users' });
	await page.getByRole('button', { name: 'Add the rule' }).click();
	await expect(page.getByRole('status')).toHaveText('Rule Support hotline added.');

	await page.getByLabel('Dialled number').fill('1 900 555 0199');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(answer).toContainText('falls under “Support hotline”');
	await expect(answer).toContainText('Every user may call it.');

	// A pattern with a letter is refused beside its field.
	await page.getByLabel('Name', { exact: true }).fill('Bad');
	await page.getByLabel('Number pattern', { exact: true }).fill('1900x');
	await page.getByRole('button', { name: 'Add the rule' }).click();
	await expect(page.getByLabel('Number pattern', { exact: true })).toHaveAccessibleDescription(
		/Use 1 to 20 digits or \?/
	);

	await rules.getByRole('link', { name: 'Edit Support hotline' }).click();
	// The same form turns into the rule's: wait for it, or the choice lands in the add form.
	await expect(page.getByRole('button', { name: 'Save the rule' })).toBeVisible();
	await page.getByLabel('Rule', { exact: true }).selectOption({ label: 'Allow some users only' });
	await page.getByRole('button', { name: 'Save the rule' }).click();
	await expect(page.getByRole('status')).toHaveText('Rule Support hotline saved.');
	await expect(rules.getByRole('row', { name: /Support hotline/ })).toContainText(
		'Allow some users only'
	);

	page.once('dialog', (d) => d.accept());
	await rules.getByRole('button', { name: 'Remove Support hotline' }).click();
	await expect(page.getByRole('status')).toHaveText('Rule removed.');
	await expect(rules.getByRole('row', { name: /Support hotline/ })).toHaveCount(0);
});
