import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('changing the language to French re-renders the same page in French at once', async ({
	page
}) => {
	await signIn(page, accounts.switcher, '/login?redirectTo=/profile/administrator');
	await expect(
		page.getByRole('heading', { name: "Administrator's account", level: 1 })
	).toBeVisible();

	await page.getByLabel('Language').selectOption({ label: 'French' });
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page).toHaveURL(/\/profile\/administrator$/);
	await expect(
		page.getByRole('heading', { name: 'Compte de l’administrateur', level: 1 })
	).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Votre compte est enregistré.');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(
		page.getByRole('navigation').getByRole('link', { name: 'Vue d’ensemble' })
	).toBeVisible();

	// Signed out, the sign-in page keeps speaking the chosen language.
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();

	// And back to English, through the same form.
	await signIn(page, accounts.switcher, '/login?redirectTo=/profile/administrator');
	await page.getByLabel('Langue').selectOption({ label: 'Anglais' });
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(
		page.getByRole('heading', { name: "Administrator's account", level: 1 })
	).toBeVisible();
});

test('the password dialog is a real modal, shows errors beside their field, and changes the password', async ({
	page
}) => {
	const account = accounts.changer;
	await signIn(page, account, '/login?redirectTo=/profile/administrator');

	await page.getByRole('link', { name: 'Change my password' }).click();
	const dialog = page.getByRole('dialog', { name: 'Change my password' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Current password')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await page.getByRole('link', { name: 'Change my password' }).click();
	await dialog.getByLabel('Current password').fill(account.password);
	await dialog.getByLabel('New password', { exact: true }).fill('granite pelican sunrise');
	await expect(dialog.getByText(/^Strength: /)).toBeVisible();
	await dialog.getByLabel('New password again').fill('granite pelican sunset');
	await dialog.getByRole('button', { name: 'Change password' }).click();
	const confirm = dialog.getByLabel('New password again');
	await expect(confirm).toHaveAccessibleDescription('The two new passwords are not the same.');
	await expect(confirm).toBeFocused();

	await dialog.getByRole('checkbox', { name: 'Show passwords' }).check();
	await expect(dialog.getByLabel('New password', { exact: true })).toHaveAttribute('type', 'text');
	await confirm.fill('granite pelican sunrise');
	await dialog.getByRole('button', { name: 'Change password' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status')).toHaveText(
		'Your password is changed. Your other sessions were signed out; this one stays open.'
	);

	// Still signed in (a new session), and the next sign-in needs the new password.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await signIn(page, account);
	await expect(page.getByRole('alert')).toHaveText('The e-mail or the password is not right.');
	await signIn(page, { ...account, password: 'granite pelican sunrise' });
	await expect(page).toHaveURL(/\/profile$/);
});

test('"Sign out everywhere else" ends the other sessions and keeps this one', async ({
	browser,
	baseURL
}) => {
	const here = await (await browser.newContext({ baseURL })).newPage();
	const elsewhere = await (await browser.newContext({ baseURL })).newPage();
	await signIn(elsewhere, accounts.demo);
	await signIn(here, accounts.demo, '/login?redirectTo=/profile/administrator');

	const sessions = here.getByRole('region', { name: 'Active sessions' });
	await expect(sessions.getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);
	await sessions.getByRole('button', { name: 'Sign out everywhere else' }).click();
	await expect(here.getByRole('status')).toHaveText(/^Other sessions signed out: [1-9]\d*\.$/);
	await expect(sessions.getByRole('row')).toHaveCount(2); // the header and this session
	await expect(sessions.getByText('This is your only active session.')).toBeVisible();

	await elsewhere.goto('/profile');
	await expect(elsewhere).toHaveURL(/\/login/);
	await here.goto('/profile');
	await expect(here).toHaveURL(/\/profile$/);
});
