import { expect, type Page } from '@playwright/test';
import accounts from './accounts.json' with { type: 'json' };

export { accounts };

export async function signIn(page: Page, account = accounts.demo, path = '/login') {
	await page.goto(path);
	await page.getByLabel('E-mail').fill(account.email);
	await page.getByLabel(/^(Password|Mot de passe)$/).fill(account.password);
	await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}
