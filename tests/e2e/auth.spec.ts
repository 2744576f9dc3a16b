import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('signing out ends the session on the server: /profile then redirects to /login', async ({
	page,
	context
}) => {
	await signIn(page);
	await expect(page).toHaveURL(/\/profile$/);
	const cookiesWhileSignedIn = await context.cookies();

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login/);
	await expect(page.getByRole('status')).toHaveText('You are signed out.');

	await page.goto('/profile');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fprofile$/);

	// The old cookie, put back, opens nothing: the session is gone from the server.
	await context.addCookies(cookiesWhileSignedIn);
	await page.goto('/profile');
	await expect(page).toHaveURL(/\/login/);
});

test('after signing in, the administrator lands on the page they asked for', async ({ page }) => {
	await page.goto('/profile/general');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fprofile%2Fgeneral$/);
	await page.getByLabel('E-mail').fill(accounts.demo.email);
	await page.getByLabel('Password').fill(accounts.demo.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/profile\/general$/);
	await expect(page.getByRole('heading', { name: 'General information', level: 1 })).toBeVisible();
});

test('a wrong password and an unknown e-mail get the same message', async ({ page }) => {
	await signIn(page, { email: accounts.demo.email, password: 'not the password' });
	const wrongPassword = await page.getByRole('alert').textContent();
	await signIn(page, { email: 'nobody@nowhere.example', password: accounts.demo.password });
	await expect(page.getByRole('alert')).toHaveText(wrongPassword ?? '');
	expect(wrongPassword).toBe('The e-mail or the password is not right.');
	// The e-mail stays typed in; the password does not.
	await expect(page.getByLabel('E-mail')).toHaveValue('nobody@nowhere.example');
	await expect(page.getByLabel('Password')).toHaveValue('');
});
