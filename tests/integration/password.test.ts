import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCompany, Browser, PASSWORD, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

const NEW = 'plum kettle orbit marsh';

async function signedIn() {
	const company = await addCompany(t.runtime, { name: 'Globex Telephony' });
	const browser = await new Browser(t.runtime).signIn(company.email);
	return { company, browser, api: await browser.api() };
}
const change = (
	newPassword: string,
	currentPassword = PASSWORD,
	confirmPassword = newPassword
) => ({
	currentPassword,
	newPassword,
	confirmPassword
});

describe('Change my password', () => {
	it('refuses a wrong current password beside that field', async () => {
		const { api } = await signedIn();
		const bad = await refusal(api.administrator.changePassword(change(NEW, 'not my password')));
		expect(bad).toMatchObject({
			code: 'WRONG_PASSWORD',
			fieldErrors: { currentPassword: ['This is not your current password.'] }
		});
	});

	it('refuses a confirmation that differs', async () => {
		const { api } = await signedIn();
		const bad = await refusal(api.administrator.changePassword(change(NEW, PASSWORD, `${NEW}!`)));
		expect(bad.fieldErrors).toEqual({
			confirmPassword: ['The two new passwords are not the same.']
		});
	});

	it('refuses a password under 12 characters', async () => {
		const { api } = await signedIn();
		expect(
			(await refusal(api.administrator.changePassword(change('short pass')))).fieldErrors
		).toEqual({
			newPassword: ['Use at least 12 characters.']
		});
	});

	it('refuses a common password', async () => {
		const { api } = await signedIn();
		const bad = await refusal(api.administrator.changePassword(change('password123456')));
		expect(bad).toMatchObject({
			code: 'PASSWORD_TOO_COMMON',
			fieldErrors: { newPassword: [expect.stringMatching(/too common/)] }
		});
	});

	it('refuses a password built from the company name', async () => {
		const { api } = await signedIn();
		const bad = await refusal(
			api.administrator.changePassword(change('Globex rules 2026 forever'))
		);
		expect(bad).toMatchObject({
			code: 'PASSWORD_HAS_CONTEXT',
			fieldErrors: { newPassword: [expect.stringMatching(/company name/)] }
		});
	});

	it('on success the old password fails and the new one works', async () => {
		const { company, api } = await signedIn();
		await api.administrator.changePassword(change(NEW));
		await new Browser(t.runtime).signIn(company.email, NEW);
		const old = await refusal(
			(await new Browser(t.runtime).api()).auth.login({ email: company.email, password: PASSWORD })
		);
		expect(old).toMatchObject({ code: 'INVALID_CREDENTIALS' });
	});

	it('ends every other session, and replaces the current one with a new id', async () => {
		const { company, browser, api } = await signedIn();
		const elsewhere = await new Browser(t.runtime).signIn(company.email);
		const before = browser.token!;
		await api.administrator.changePassword(change(NEW));
		expect(await t.runtime.sessions.validate(elsewhere.token!)).toBeNull();
		expect(await t.runtime.sessions.validate(before)).toBeNull();
		expect(browser.token).not.toBe(before);
		expect((await (await browser.api()).auth.me())?.administrator.email).toBe(company.email);
	});

	it('wrong current passwords are throttled like sign-ins', async () => {
		const { api } = await signedIn();
		for (let i = 0; i < 5; i++)
			await refusal(api.administrator.changePassword(change(NEW, 'guess number x')));
		expect(await refusal(api.administrator.changePassword(change(NEW)))).toMatchObject({
			code: 'RATE_LIMITED'
		});
	});
});
