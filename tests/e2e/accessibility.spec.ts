import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { accounts, PORTAL_PAGES, signIn } from './helpers';

// Every page, in both languages, checked by axe-core against WCAG 2.1 A and AA.

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	// One line per problem and element, so that a failure says what to fix where.
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`)
	);
}

test('the sign-in page meets WCAG 2.1 AA in English and in French', async ({ page }) => {
	await page.goto('/login');
	expect(await violations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

for (const [language, account] of [
	['English', accounts.demo],
	['French', accounts.french]
] as const) {
	test(`every portal page meets WCAG 2.1 AA in ${language}`, async ({ page }) => {
		test.setTimeout(60_000);
		await signIn(page, account);
		await page.waitForURL('**/profile');
		const found: string[] = [];
		for (const path of PORTAL_PAGES) {
			await page.goto(path);
			for (const v of await violations(page)) found.push(`${path} ${v}`);
		}
		expect(found).toEqual([]);
	});
}

test('the unlocked bill and the password dialog meet WCAG 2.1 AA', async ({ page }) => {
	await signIn(page, accounts.demo, '/login?redirectTo=%2Fprofile%2Fbill');
	await page.waitForURL('**/profile/bill');
	await page.getByLabel('Your password').fill(accounts.demo.password);
	await page.getByRole('button', { name: 'Open the bill' }).click();
	await expect(page.getByRole('img', { name: 'Totals of the last 12 months' })).toBeVisible();
	expect(await violations(page)).toEqual([]);

	await page.goto('/profile/administrator');
	await page.getByRole('link', { name: 'Change my password' }).click();
	await expect(page.getByRole('dialog', { name: 'Change my password' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
