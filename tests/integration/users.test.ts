import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

async function signedIn(keys = 3, offered = ['essential', 'business']) {
	const company = await addCompany(t.runtime, { keys, offered });
	return (await new Browser(t.runtime).signIn(company.email)).api();
}
let n = 0;
const person = (extra: Record<string, unknown> = {}) => ({
	firstName: 'Ada',
	lastName: `Lovelace ${++n}`,
	email: `ada${n}@acme.example`,
	extension: String(100 + n),
	...extra
});

describe('company users and subscription keys', () => {
	it('a new user gets the Default packages, and takes a key', async () => {
		const api = await signedIn();
		const user = await api.users.create(person());
		expect(user.packages.map((p) => p.id)).toEqual(['essential']);
		expect(user.mailConnection).toBeNull();
		expect((await api.users.list()).keys).toEqual({ total: 3, used: 1, unused: 2 });
	});

	it('packages can be chosen among the Offered ones only', async () => {
		const api = await signedIn();
		const user = await api.users.create(person({ packageIds: ['business', 'essential'] }));
		expect(user.packages.map((p) => p.id)).toEqual(['essential', 'business']);
		expect(await refusal(api.users.create(person({ packageIds: ['unlimited'] })))).toMatchObject({
			code: 'PACKAGE_NOT_OFFERED',
			fieldErrors: { packageIds: [expect.any(String)] }
		});
	});

	it('with no unused key, creating a user is refused and says where keys come from', async () => {
		const api = await signedIn(1);
		await api.users.create(person());
		const refused = await refusal(api.users.create(person()));
		expect(refused).toMatchObject({ trpcCode: 'CONFLICT', code: 'NO_KEYS_LEFT' });
		expect(refused.message).toMatch(/service provider/);
		expect((await api.users.list()).users).toHaveLength(1);
	});

	it('an extension or an e-mail already used in the company is refused', async () => {
		const api = await signedIn();
		const first = await api.users.create(person());
		expect(await refusal(api.users.create(person({ extension: first.extension })))).toMatchObject({
			code: 'EXTENSION_TAKEN',
			fieldErrors: { extension: [expect.any(String)] }
		});
		expect(
			await refusal(api.users.create(person({ email: first.email.toUpperCase() })))
		).toMatchObject({
			code: 'USER_EMAIL_TAKEN'
		});
		// Another company may use the same extension.
		await (await signedIn()).users.create(person({ extension: first.extension }));
	});

	it('an extension has 1 to 6 digits', async () => {
		const api = await signedIn();
		for (const extension of ['', '1234567', '12a', '-1']) {
			expect(
				(await refusal(api.users.create(person({ extension })))).fieldErrors.extension,
				extension
			).toBeDefined();
		}
	});

	it('removing a user frees its key', async () => {
		const api = await signedIn(1);
		const user = await api.users.create(person());
		await api.users.remove({ id: user.id });
		expect((await api.users.list()).keys.unused).toBe(1);
		await api.users.create(person());
	});

	it('changing the offered and default packages does not change existing users', async () => {
		const api = await signedIn();
		const user = await api.users.create(person());
		await api.packages.update({
			items: [
				{ packageId: 'essential', offered: false, isDefault: false },
				{ packageId: 'unlimited', offered: true, isDefault: true }
			]
		});
		const again = (await api.users.list()).users.find((u) => u.id === user.id);
		expect(again?.packages.map((p) => p.id)).toEqual(['essential']);
		expect((await api.users.create(person())).packages.map((p) => p.id)).toEqual(['unlimited']);
	});

	it("an administrator can neither see nor remove another company's users", async () => {
		const a = await signedIn();
		const b = await signedIn();
		const user = await a.users.create(person());
		expect((await b.users.list()).users).toEqual([]);
		expect(await refusal(b.users.remove({ id: user.id }))).toMatchObject({ code: 'NOT_FOUND' });
		expect((await a.users.list()).users).toHaveLength(1);
	});
});
