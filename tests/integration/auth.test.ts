import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '$lib/server/auth/lucia';
import { addCompany, Browser, PASSWORD, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
let acme: Awaited<ReturnType<typeof addCompany>>;

beforeAll(async () => {
	t = await testRuntime({ SESSION_IDLE_MINUTES: '10' });
	acme = await addCompany(t.runtime, { name: 'Acme' });
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

describe('signing in', () => {
	it('an administrator signs in with the e-mail in any letter case and the password', async () => {
		const browser = await new Browser(t.runtime).signIn(acme.email.toUpperCase());
		const me = await (await browser.api()).auth.me();
		expect(me?.company.name).toBe('Acme');
		expect(me?.administrator.email).toBe(acme.email);
	});

	it('a wrong password and an unknown e-mail get the same answer', async () => {
		const api = await new Browser(t.runtime).api();
		const wrongPassword = await refusal(
			api.auth.login({ email: acme.email, password: 'not it at all' })
		);
		const unknownEmail = await refusal(
			api.auth.login({ email: 'nobody@acme.example', password: PASSWORD })
		);
		expect(wrongPassword).toEqual(unknownEmail);
		expect(wrongPassword).toMatchObject({ trpcCode: 'UNAUTHORIZED', code: 'INVALID_CREDENTIALS' });
	});

	it('signing in again gives a new session id and ends the one the browser had', async () => {
		const browser = await new Browser(t.runtime).signIn(acme.email);
		const first = browser.token;
		await browser.signIn(acme.email);
		expect(browser.token).not.toBe(first);
		expect(await t.runtime.sessions.validate(first!)).toBeNull();
	});

	it('the database keeps only a hash of the session token', async () => {
		const browser = await new Browser(t.runtime).signIn(acme.email);
		const ids = (await t.runtime.db.selectFrom('session').select('id').execute()).map((r) => r.id);
		expect(ids).not.toContain(browser.token);
		expect(ids).toContain(hashToken(browser.token!));
	});
});

describe('signing out and session lifetime', () => {
	it('signing out ends the session on the server, not only in the browser', async () => {
		const browser = await new Browser(t.runtime).signIn(acme.email);
		const token = browser.token!;
		await (await browser.api()).auth.logout();
		expect(browser.token).toBeUndefined();
		expect(await t.runtime.sessions.validate(token)).toBeNull();
	});

	it('auth.me answers null and protected procedures refuse without a session', async () => {
		const api = await new Browser(t.runtime).api();
		expect(await api.auth.me()).toBeNull();
		expect(await refusal(api.profile.get())).toMatchObject({
			trpcCode: 'UNAUTHORIZED',
			code: 'UNAUTHENTICATED'
		});
	});

	it('a session ends after 10 minutes without activity', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const browser = await new Browser(t.runtime).signIn(acme.email);
		vi.setSystemTime(Date.now() + 9 * 60_000);
		expect(await t.runtime.sessions.validate(browser.token!)).not.toBeNull();
		vi.setSystemTime(Date.now() + 10 * 60_000 + 1_000);
		expect(await t.runtime.sessions.validate(browser.token!)).toBeNull();
	});

	it('the idle deadline counts from the last request, even an early one', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const browser = await new Browser(t.runtime).signIn(acme.email);
		vi.setSystemTime(start + 2 * 60_000);
		expect(await t.runtime.sessions.validate(browser.token!)).not.toBeNull();
		vi.setSystemTime(start + 11 * 60_000); // 9 minutes after the last request
		expect(await t.runtime.sessions.validate(browser.token!)).not.toBeNull();
		vi.setSystemTime(start + 21 * 60_000 + 1_000); // 10 minutes after the last one
		expect(await t.runtime.sessions.validate(browser.token!)).toBeNull();
	});

	it('asking how long a session has left is not activity: it ends on time all the same', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const browser = await new Browser(t.runtime).signIn(acme.email);
		const peek = () => t.runtime.sessions.validate(browser.token!, { slide: false });
		vi.setSystemTime(start + 9 * 60_000);
		expect((await peek())?.endsAt.getTime()).toBe(start + 10 * 60_000);
		vi.setSystemTime(start + 9 * 60_000 + 59_000);
		expect((await peek())?.endsAt.getTime()).toBe(start + 10 * 60_000);
		vi.setSystemTime(start + 10 * 60_000 + 1_000);
		expect(await peek()).toBeNull();
	});

	it('a session reports when it ends: its idle deadline, or its 12 hours when sooner', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const browser = await new Browser(t.runtime).signIn(acme.email);
		vi.setSystemTime(start + 5 * 60_000);
		const slid = await t.runtime.sessions.validate(browser.token!);
		expect(slid?.endsAt.getTime()).toBe(start + 15 * 60_000);
		for (let minute = 8; minute <= 12 * 60 - 5; minute += 8) {
			vi.setSystemTime(start + minute * 60_000);
			await t.runtime.sessions.validate(browser.token!);
		}
		vi.setSystemTime(start + (12 * 60 - 4) * 60_000);
		const late = await t.runtime.sessions.validate(browser.token!);
		expect(late?.endsAt.getTime()).toBe(start + 12 * 3_600_000);
	});

	it('signing in forgets the sessions of that administrator that have ended', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const old = await new Browser(t.runtime).signIn(acme.email);
		vi.setSystemTime(start + 11 * 60_000);
		await new Browser(t.runtime).signIn(acme.email);
		const rows = await t.runtime.db.selectFrom('session').select('id').execute();
		expect(rows.map((r) => r.id)).not.toContain(hashToken(old.token!));
	});

	it('activity keeps a session alive past the idle timeout, but never past 12 hours', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const browser = await new Browser(t.runtime).signIn(acme.email);
		// Every 8 minutes for 11 h 52 min: each request slides the idle deadline.
		for (let minute = 8; minute < 12 * 60; minute += 8) {
			vi.setSystemTime(start + minute * 60_000);
			expect(
				await t.runtime.sessions.validate(browser.token!),
				`at minute ${minute}`
			).not.toBeNull();
		}
		vi.setSystemTime(start + 12 * 3_600_000);
		expect(await t.runtime.sessions.validate(browser.token!)).toBeNull();
	});
});

describe('the session cookie', () => {
	it('is named with the __Host- prefix when the portal is served over https', async () => {
		const secure = await testRuntime({ ORIGIN: 'https://portal.example.com' });
		try {
			expect(secure.runtime.sessions.cookieName).toBe('__Host-session');
			expect(t.runtime.sessions.cookieName).toBe('session'); // http: browsers refuse the prefix
		} finally {
			await secure.close();
		}
	});
});
