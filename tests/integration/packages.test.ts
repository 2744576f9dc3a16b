import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

async function signedIn(offered?: string[]) {
	const company = await addCompany(t.runtime, { offered, keys: 5 });
	return (await new Browser(t.runtime).signIn(company.email)).api();
}
const choice = (packageId: string, offered: boolean, isDefault = false) => ({
	packageId,
	offered,
	isDefault
});
const table = async (api: Awaited<ReturnType<typeof signedIn>>) =>
	Object.fromEntries(
		(await api.packages.list()).map((p) => [p.packageId, [p.offered, p.isDefault]])
	);

describe('offered and default packages', () => {
	it('lists the catalogue packages the company may offer, with money in minor units', async () => {
		const api = await signedIn();
		const list = await api.packages.list();
		expect(list.map((p) => p.packageId)).toEqual([
			'essential',
			'business',
			'unlimited',
			'legacy-voice'
		]);
		expect(list[0]).toEqual({
			packageId: 'essential',
			name: 'Essential',
			baseRate: 1500,
			includedMinutes: 300,
			minuteRate: 5,
			currency: 'CAD',
			active: true,
			offered: false,
			isDefault: false
		});
		expect(list.find((p) => p.packageId === 'legacy-voice')?.active).toBe(false);
	});

	it('saves the whole table', async () => {
		const api = await signedIn();
		await api.packages.update({
			items: [choice('essential', true, true), choice('business', true), choice('unlimited', false)]
		});
		expect(await table(api)).toEqual({
			essential: [true, true],
			business: [true, false],
			unlimited: [false, false],
			'legacy-voice': [false, false]
		});
	});

	it('a Default must be Offered', async () => {
		const api = await signedIn();
		const bad = await refusal(api.packages.update({ items: [choice('essential', false, true)] }));
		expect(bad).toMatchObject({
			code: 'DEFAULT_NOT_OFFERED',
			fieldErrors: { 'items.0.isDefault': [expect.any(String)] }
		});
	});

	it('once anything is offered, one package at least must be Default', async () => {
		const api = await signedIn();
		expect(
			await refusal(api.packages.update({ items: [choice('essential', true)] }))
		).toMatchObject({ code: 'DEFAULT_REQUIRED' });
		// Leaving the Default out of the items does not dodge the rule: the result is checked.
		const withDefault = await signedIn(['essential', 'business']);
		expect(
			await refusal(withDefault.packages.update({ items: [choice('essential', true, false)] }))
		).toMatchObject({
			code: 'DEFAULT_REQUIRED'
		});
	});

	it('an inactive package cannot be picked', async () => {
		const api = await signedIn();
		const bad = await refusal(
			api.packages.update({
				items: [choice('essential', true, true), choice('legacy-voice', true)]
			})
		);
		expect(bad).toMatchObject({ code: 'PACKAGE_INACTIVE' });
	});

	it('the table is saved whole or not at all', async () => {
		const api = await signedIn(['essential']);
		const before = await table(api);
		const bad = await refusal(
			api.packages.update({
				items: [choice('business', true, true), choice('essential', false), choice('no-such', true)]
			})
		);
		expect(bad).toMatchObject({ code: 'PACKAGE_NOT_AVAILABLE' });
		expect(await table(api)).toEqual(before);
	});
});
