import { expect, test } from '@playwright/test';
import { accounts } from './helpers';

// sveltekit-i18n keeps its locale in stores shared by every request during SSR. Two
// administrators rendering at the same time must never get each other's language.

async function sessionCookie(baseURL: string, account: { email: string; password: string }) {
	const res = await fetch(`${baseURL}/trpc/auth.login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL },
		body: JSON.stringify(account)
	});
	expect(res.status).toBe(200);
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('session='));
	return cookie!.split(';')[0];
}

test('60 concurrent page renders, alternating English and French sessions, each get their own language', async ({
	baseURL
}) => {
	const english = await sessionCookie(baseURL!, accounts.demo);
	const french = await sessionCookie(baseURL!, accounts.french);
	const pages = ['/profile', '/profile/general', '/profile/administrator'];

	const renders = await Promise.all(
		Array.from({ length: 60 }, async (_, i) => {
			const fr = i % 2 === 1;
			const res = await fetch(`${baseURL}${pages[i % pages.length]}`, {
				headers: { cookie: fr ? french : english }
			});
			return { fr, status: res.status, html: await res.text() };
		})
	);

	for (const { fr, status, html } of renders) {
		expect(status).toBe(200);
		expect(html).toContain(fr ? '<html lang="fr">' : '<html lang="en">');
		// The navigation, rendered on every page, in the one language and never the other.
		expect(html).toContain(fr ? 'Vue d’ensemble' : '>Overview<');
		expect(html).not.toContain(fr ? '>Overview<' : 'Vue d’ensemble');
		expect(html).not.toContain(fr ? '>Sign out<' : 'Se déconnecter');
	}
});
