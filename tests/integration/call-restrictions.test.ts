import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

async function signedIn() {
	const company = await addCompany(t.runtime);
	return (await new Browser(t.runtime).signIn(company.email)).api();
}
const international = {
	name: 'International',
	pattern: '011??????????',
	pbxSystem: null,
	rule: 'allow_some' as const
};

describe('call restrictions', () => {
	it('by default all calls are allowed except premium 900 numbers, a provider rule', async () => {
		const api = await signedIn();
		expect(await api.callRestrictions.list()).toEqual([
			expect.objectContaining({
				name: 'Premium 900 numbers',
				pattern: '1900???????',
				rule: 'deny_all',
				origin: 'provider'
			})
		]);
		expect(await api.callRestrictions.check({ number: '+1 900 555 0100' })).toMatchObject({
			outcome: 'deny_all',
			restriction: { name: 'Premium 900 numbers' }
		});
		expect(await api.callRestrictions.check({ number: '514 555 0100' })).toEqual({
			restriction: null,
			outcome: 'allow_all'
		});
	});

	it('a provider rule cannot be changed or removed', async () => {
		const api = await signedIn();
		const [premium] = await api.callRestrictions.list();
		expect(await refusal(api.callRestrictions.remove({ id: premium.id }))).toMatchObject({
			trpcCode: 'FORBIDDEN',
			code: 'RESTRICTION_READ_ONLY'
		});
		expect(
			await refusal(api.callRestrictions.update({ ...international, id: premium.id }))
		).toMatchObject({
			code: 'RESTRICTION_READ_ONLY'
		});
		expect(await api.callRestrictions.list()).toHaveLength(1);
	});

	it('adds, edits and removes the company’s own rules, each at once', async () => {
		const api = await signedIn();
		const created = await api.callRestrictions.create(international);
		expect(created).toMatchObject({ ...international, origin: 'company', pbxSystemName: null });
		const edited = await api.callRestrictions.update({
			...international,
			id: created.id,
			rule: 'deny_all',
			pbxSystem: 'broadworks'
		});
		expect(edited).toMatchObject({ rule: 'deny_all', pbxSystemName: 'BroadSoft BroadWorks' });
		await api.callRestrictions.remove({ id: created.id });
		expect((await api.callRestrictions.list()).map((r) => r.origin)).toEqual(['provider']);
	});

	it('the most specific pattern wins', async () => {
		const api = await signedIn();
		await api.callRestrictions.create(international);
		await api.callRestrictions.create({
			name: 'UK',
			pattern: '01144?????????',
			pbxSystem: null,
			rule: 'allow_all'
		});
		expect(
			(await api.callRestrictions.check({ number: '011 44 2079 46095' })).restriction?.name
		).toBe('UK');
		expect((await api.callRestrictions.check({ number: '0113312345678' })).restriction?.name).toBe(
			'International'
		);
	});

	it('a name is unique in the company, and a pattern is digits and ?', async () => {
		const api = await signedIn();
		await api.callRestrictions.create(international);
		expect(
			await refusal(api.callRestrictions.create({ ...international, name: 'INTERNATIONAL' }))
		).toMatchObject({
			code: 'RESTRICTION_NAME_TAKEN',
			fieldErrors: { name: [expect.any(String)] }
		});
		for (const pattern of ['', '12*4', '1'.repeat(21), '+33']) {
			expect(
				(
					await refusal(
						api.callRestrictions.create({ ...international, name: pattern || 'x', pattern })
					)
				).fieldErrors.pattern,
				pattern
			).toBeDefined();
		}
		// Another company may use the same name.
		await (await signedIn()).callRestrictions.create(international);
	});

	it("an administrator can neither see nor change another company's rules", async () => {
		const a = await signedIn();
		const b = await signedIn();
		const mine = await a.callRestrictions.create(international);
		expect((await b.callRestrictions.list()).some((r) => r.id === mine.id)).toBe(false);
		expect(await refusal(b.callRestrictions.remove({ id: mine.id }))).toMatchObject({
			code: 'NOT_FOUND'
		});
		expect(
			await refusal(b.callRestrictions.update({ ...international, id: mine.id }))
		).toMatchObject({ code: 'NOT_FOUND' });
		expect((await a.callRestrictions.list()).some((r) => r.id === mine.id)).toBe(true);
	});
});
