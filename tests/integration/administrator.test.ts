import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCompany, Browser, PASSWORD, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

async function signedIn(country: 'CA' | 'FR' = 'CA') {
	const company = await addCompany(t.runtime, { country });
	const browser = await new Browser(t.runtime).signIn(company.email);
	const api = await browser.api();
	const { administrator } = await api.profile.get();
	const base = {
		name: administrator.name,
		language: administrator.language,
		email: administrator.email,
		phone: administrator.phone,
		expectedVersion: administrator.version
	};
	return { company, browser, api, base };
}

describe('administrator.update', () => {
	it('saves the name, language and a phone number read in the company’s country, stored in E.164', async () => {
		const { api, base } = await signedIn('CA');
		const saved = await api.administrator.update({
			...base,
			name: ' Ada Lovelace ',
			language: 'fr',
			phone: '(514) 555-0199'
		});
		expect(saved).toMatchObject({
			name: 'Ada Lovelace',
			language: 'fr',
			phone: '+15145550199',
			phoneDisplay: '(514) 555-0199'
		});
		expect(saved.version).toBe(base.expectedVersion + 1);
	});

	it('shows a number of another country in international format', async () => {
		const { api, base } = await signedIn('CA');
		const saved = await api.administrator.update({ ...base, phone: '+33 1 42 68 53 00' });
		expect(saved).toMatchObject({ phone: '+33142685300', phoneDisplay: '+33 1 42 68 53 00' });
	});

	it('refuses an invalid phone number beside its field, and saves nothing', async () => {
		const { api, base } = await signedIn('FR');
		const bad = await refusal(
			api.administrator.update({ ...base, name: 'Changed', phone: '12345' })
		);
		expect(bad).toMatchObject({ code: 'PHONE_INVALID' });
		expect(Object.keys(bad.fieldErrors)).toEqual(['phone']);
		expect((await api.profile.get()).administrator.name).toBe(base.name);
	});

	it('removes the phone number when it is empty', async () => {
		const { api, base } = await signedIn();
		await api.administrator.update({ ...base, phone: '+15145550100' });
		const saved = await api.administrator.update({
			...base,
			phone: '',
			expectedVersion: base.expectedVersion + 1
		});
		expect(saved.phone).toBeNull();
	});

	it('a stale version conflicts and saves nothing', async () => {
		const { api, base } = await signedIn();
		await api.administrator.update({ ...base, name: 'First' });
		expect(await refusal(api.administrator.update({ ...base, name: 'Second' }))).toMatchObject({
			code: 'VERSION_CONFLICT'
		});
		expect((await api.profile.get()).administrator.name).toBe('First');
	});
});

describe('changing the e-mail (the sign-in identity)', () => {
	it('needs the current password', async () => {
		const { api, base } = await signedIn();
		const missing = await refusal(
			api.administrator.update({ ...base, email: 'new@fresh.example' })
		);
		expect(missing).toMatchObject({
			code: 'CURRENT_PASSWORD_REQUIRED',
			fieldErrors: { currentPassword: [expect.any(String)] }
		});
		const wrong = await refusal(
			api.administrator.update({
				...base,
				email: 'new@fresh.example',
				currentPassword: 'not my password'
			})
		);
		expect(wrong).toMatchObject({
			code: 'WRONG_PASSWORD',
			fieldErrors: { currentPassword: ['This is not your current password.'] }
		});
		expect((await api.profile.get()).administrator.email).toBe(base.email);
	});

	it('takes effect at once: the next sign-in needs the new address, the old one no longer works', async () => {
		const { api, base } = await signedIn();
		const email = `moved-${Date.now()}@fresh.example`;
		await api.administrator.update({
			...base,
			email: email.toUpperCase(),
			currentPassword: PASSWORD
		});
		await new Browser(t.runtime).signIn(email);
		const old = await refusal(
			(await new Browser(t.runtime).api()).auth.login({ email: base.email, password: PASSWORD })
		);
		expect(old).toMatchObject({ code: 'INVALID_CREDENTIALS' });
	});

	it('refuses an address another administrator uses, with a message that does not say so', async () => {
		const other = await addCompany(t.runtime);
		const { api, base } = await signedIn();
		const taken = await refusal(
			api.administrator.update({ ...base, email: other.email, currentPassword: PASSWORD })
		);
		expect(taken).toMatchObject({ trpcCode: 'CONFLICT', code: 'EMAIL_TAKEN' });
		expect(taken.fieldErrors.email).toEqual([
			'This e-mail address cannot be used. Choose another one.'
		]);
	});
});

describe('sessions', () => {
	it('lists the administrator’s active sessions with the current one marked', async () => {
		const { company, api } = await signedIn();
		await new Browser(t.runtime, { ip: '198.51.100.20' }).signIn(company.email);
		const sessions = await api.auth.sessions();
		expect(sessions).toHaveLength(2);
		expect(sessions[0]).toMatchObject({ current: true, ip: '127.0.0.1' });
		expect(sessions[1]).toMatchObject({ current: false, ip: '198.51.100.20' });
		expect(Object.keys(sessions[0]).sort()).toEqual([
			'browser',
			'current',
			'ip',
			'lastActiveAt',
			'startedAt'
		]);
	});

	it('"sign out everywhere else" ends the other sessions but not this one', async () => {
		const { company, browser, api } = await signedIn();
		const other = await new Browser(t.runtime).signIn(company.email);
		expect(await api.auth.revokeOtherSessions()).toEqual({ ended: 1 });
		expect(await t.runtime.sessions.validate(other.token!)).toBeNull();
		expect(await t.runtime.sessions.validate(browser.token!)).not.toBeNull();
	});

	it('never lists or ends another administrator’s sessions', async () => {
		const a = await signedIn();
		const b = await signedIn();
		await a.api.auth.revokeOtherSessions();
		expect(await t.runtime.sessions.validate(b.browser.token!)).not.toBeNull();
		expect(await a.api.auth.sessions()).toHaveLength(1);
	});
});
