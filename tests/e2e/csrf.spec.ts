import { expect, test } from '@playwright/test';
import { connect } from '../../examples/client';
import { accounts, signIn } from './helpers';

// Against the production server: a mutation must carry the portal's own Origin; a form post
// from elsewhere is refused; GET never changes anything; stored HTML is shown as text.

async function sessionCookie(baseURL: string) {
	const res = await fetch(`${baseURL}/trpc/auth.login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify({ email: accounts.french.email, password: accounts.french.password })
	});
	expect(res.status).toBe(200);
	return res.headers
		.getSetCookie()
		.find((c) => c.startsWith('session='))!
		.split(';')[0];
}

test('a mutation with a foreign Origin, with none, or posted as text/plain is refused and changes nothing', async ({
	baseURL
}) => {
	const cookie = await sessionCookie(baseURL!);
	const api = await connect(baseURL!, accounts.french.email, accounts.french.password);
	const before = await api.profile.get.query();
	const body = JSON.stringify({
		...before.general,
		name: 'Forged',
		expectedVersion: before.general.version
	});
	const attempts: Record<string, Record<string, string>> = {
		'foreign Origin': { 'content-type': 'application/json', origin: 'https://evil.example' },
		'no Origin': { 'content-type': 'application/json' },
		'text/plain from elsewhere': { 'content-type': 'text/plain', origin: 'https://evil.example' }
	};
	for (const [what, headers] of Object.entries(attempts)) {
		const res = await fetch(`${baseURL}/trpc/general.update`, {
			method: 'POST',
			headers: { ...headers, cookie },
			body
		});
		expect(res.status, what).toBe(403);
		expect(await res.text(), what).not.toContain('stack');
	}
	// GET runs queries only: a mutation asked for by GET is not found as a query.
	const get = await fetch(`${baseURL}/trpc/general.update?input=${encodeURIComponent(body)}`, {
		headers: { cookie }
	});
	expect(get.status).toBe(404);
	// A cross-site form post to a page action is refused by SvelteKit itself.
	const form = await fetch(`${baseURL}/profile/general`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: 'https://evil.example',
			cookie
		},
		body: 'name=Forged'
	});
	expect(form.status).toBe(403);
	expect((await api.profile.get.query()).general.name).toBe(before.general.name);
});

test('HTML stored in a field is shown as text, never run or rendered', async ({
	page,
	baseURL
}) => {
	const api = await connect(baseURL!, accounts.secrets.email, accounts.secrets.password);
	const name = '<img src=x onerror="document.title=\'pwned\'"><b>Bold</b>';
	await api.callRestrictions.create.mutate({
		name,
		pattern: '1999',
		pbxSystem: null,
		rule: 'deny_all'
	});
	await signIn(page, accounts.secrets, '/login?redirectTo=%2Fprofile%2Fcall-restrictions');
	await page.waitForURL('**/profile/call-restrictions');
	await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.locator('main b', { hasText: 'Bold' })).toHaveCount(0);
	expect(await page.title()).not.toBe('pwned');
});
