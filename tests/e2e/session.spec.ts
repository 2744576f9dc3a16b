import { expect, test } from '@playwright/test';
import { connect } from '../../examples/client';
import { accounts, signIn } from './helpers';

// The browser's clock is Playwright's, so nine idle minutes pass at once. In the first test the
// server's answer to "how long is left" is set by the test; in the second the session really ends.

test('a minute before the session ends, the portal warns, and Stay signed in keeps the page as it was', async ({
	page
}) => {
	await page.clock.install();
	let remainingMs = 55_000;
	await page.route('**/session/status', (route) =>
		route.fulfill({ json: { signedIn: true, remainingMs } })
	);
	await signIn(page, accounts.idle, '/login?redirectTo=%2Fprofile%2Fgeneral');
	await page.waitForURL('**/profile/general');
	await page.getByLabel('Company name').fill('A draft not saved yet');

	await page.clock.fastForward('09:00');
	const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
	await expect(warning).toBeVisible();
	await expect(warning).toContainText(/signed out in 5\d s because of inactivity/);
	await expect(warning.getByRole('button', { name: 'Stay signed in' })).toBeFocused();

	remainingMs = 600_000;
	const activity = page.waitForRequest('**/trpc/auth.me');
	await warning.getByRole('button', { name: 'Stay signed in' }).click();
	await activity;
	await expect(warning).toBeHidden();
	await expect(page.getByLabel('Company name')).toHaveValue('A draft not saved yet');
});

test('once the session has ended, the portal goes to sign-in and back to the page afterwards', async ({
	page,
	baseURL
}) => {
	await page.clock.install();
	await signIn(page, accounts.idle, '/login?redirectTo=%2Fprofile%2Fpackages');
	await page.waitForURL('**/profile/packages');
	// The session ends on the server (signed out from elsewhere), as an idle one does.
	const elsewhere = await connect(baseURL!, accounts.idle.email, accounts.idle.password);
	await elsewhere.auth.revokeOtherSessions.mutate();

	await page.clock.fastForward('09:00');
	await page.waitForURL(/\/login\?sessionEnded&redirectTo=%2Fprofile%2Fpackages$/);
	await expect(page.getByRole('status')).toHaveText(/^Your session has ended/);
	await signIn(page, accounts.idle, page.url().replace(baseURL!, ''));
	await page.waitForURL('**/profile/packages');
});

test('asking how long the session has left answers a duration, and nothing once signed out', async ({
	page
}) => {
	await signIn(page, accounts.idle);
	await page.waitForURL('**/profile');
	const status = await (await page.request.get('/session/status')).json();
	expect(status.signedIn).toBe(true);
	expect(status.remainingMs).toBeGreaterThan(9 * 60_000);
	expect(status.remainingMs).toBeLessThanOrEqual(10 * 60_000);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.waitForURL('**/login?signedOut=1');
	expect(await (await page.request.get('/session/status')).json()).toEqual({
		signedIn: false,
		remainingMs: 0
	});
});
