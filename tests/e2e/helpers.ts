import type { Page } from '@playwright/test';
import accounts from './accounts.json' with { type: 'json' };

export { accounts };

/** Every page of the signed-in portal, for the suites that walk them all. */
export const PORTAL_PAGES = [
	'/profile',
	'/profile/general',
	'/profile/administrator',
	'/profile/assistant',
	'/profile/provisioning',
	'/profile/mail-access',
	'/profile/packages',
	'/profile/call-restrictions',
	'/profile/help',
	'/profile/bill',
	'/profile/activity',
	'/users',
	'/users/numbers'
];

export async function signIn(page: Page, account = accounts.demo, path = '/login') {
	await page.goto(path);
	await page.getByLabel('E-mail').fill(account.email);
	await page.getByLabel(/^(Password|Mot de passe)$/).fill(account.password);
	await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}

/** Errors the page logs (a Content-Security-Policy violation among them) or throws. */
export function consoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}
