import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('a French administrator sees the portal in French', async ({ page }) => {
	await signIn(page, accounts.french);
	await expect(page).toHaveURL(/\/profile$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(
		page.getByRole('heading', { name: 'Profil de l’entreprise', level: 1 })
	).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Informations générales' }).getByText('France')
	).toBeVisible();

	await page.getByRole('link', { name: 'Informations générales' }).click();
	// The API test may have renamed it already: the tests share one database.
	await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue(/^Société Exemple/);
	await page.getByLabel('Nom de l’entreprise').fill('');
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByLabel('Nom de l’entreprise')).toHaveAccessibleDescription(
		'Ce champ est obligatoire.'
	);
});

test.describe('before sign-in', () => {
	test.use({ locale: 'fr-CA' });
	test("the sign-in page follows the browser's language", async ({ page }) => {
		await page.goto('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
	});
});

test('the sign-in page switches language, and remembers it', async ({ page }) => {
	await page.goto('/login?redirectTo=%2Fprofile%2Fgeneral');
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
	await expect(page).toHaveURL(/redirectTo=%2Fprofile%2Fgeneral/);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test("the browser downloads only its reader's language, and the other on a switch", async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push(await response.text());
	});
	const french = 'Connectez-vous avec';
	await page.goto('/login', { waitUntil: 'networkidle' });
	expect(scripts.some((body) => body.includes('Sign in with the e-mail'))).toBe(true);
	expect(scripts.some((body) => body.includes(french))).toBe(false);

	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
	await expect.poll(() => scripts.some((body) => body.includes(french))).toBe(true);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('the FAQ answers in both languages and links to the pages that do it', async ({ page }) => {
	await signIn(page, accounts.french, '/login?redirectTo=/profile/help');
	await page.getByText('Comment obtenir d’autres clés d’abonnement ?').click();
	await page.getByRole('link', { name: 'Ouvrir Utilisateurs' }).first().click();
	await expect(page.getByRole('heading', { name: 'Utilisateurs', level: 1 })).toBeVisible();
});
