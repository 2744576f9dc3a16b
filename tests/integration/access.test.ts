import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
let a: Awaited<ReturnType<typeof addCompany>>;
let b: Awaited<ReturnType<typeof addCompany>>;

beforeAll(async () => {
	t = await testRuntime();
	a = await addCompany(t.runtime, { name: 'Alpha' });
	b = await addCompany(t.runtime, { name: 'Bravo' });
});
afterAll(() => t.close());

const generalInput = (version: number) => ({
	name: 'Renamed',
	country: 'FR' as const,
	pbxSystem: 'broadworks',
	firstLanguage: 'fr' as const,
	secondLanguage: null,
	expectedVersion: version
});

describe('tenancy', () => {
	it("an administrator cannot read another company's profile", async () => {
		const asB = await (await new Browser(t.runtime).signIn(b.email)).api();
		const profile = await asB.profile.get();
		expect(profile.company.id).toBe(b.companyId);
		expect(JSON.stringify(profile)).not.toContain('Alpha');
		expect(JSON.stringify(profile)).not.toContain(a.email);
	});

	it("an administrator's update changes only their own company, whatever the input names", async () => {
		const asB = await (await new Browser(t.runtime).signIn(b.email)).api();
		const version = (await asB.profile.get()).general.version;
		// A company id in the input is not part of the schema: it is dropped, never used.
		const input = { ...generalInput(version), companyId: a.companyId } as ReturnType<
			typeof generalInput
		>;
		await asB.general.update(input);
		const asA = await (await new Browser(t.runtime).signIn(a.email)).api();
		expect((await asA.profile.get()).general).toMatchObject({
			name: 'Alpha',
			country: 'CA',
			version: 1
		});
		expect((await asB.profile.get()).general).toMatchObject({ name: 'Renamed', country: 'FR' });
	});
});

describe('protection', () => {
	it('unauthenticated calls to every protected procedure are refused', async () => {
		const api = await new Browser(t.runtime).api();
		for (const call of [
			api.profile.get(),
			api.meta.options(),
			api.general.update(generalInput(1))
		]) {
			expect(await refusal(call)).toMatchObject({
				trpcCode: 'UNAUTHORIZED',
				code: 'UNAUTHENTICATED'
			});
		}
	});

	it("a mutation without the portal's own Origin is refused and changes nothing", async () => {
		const browser = await new Browser(t.runtime).signIn(a.email);
		for (const origin of ['https://evil.example', null]) {
			browser.options.origin = origin;
			const api = await browser.api();
			expect(await refusal(api.general.update(generalInput(1)))).toMatchObject({
				trpcCode: 'FORBIDDEN',
				code: 'FORBIDDEN_ORIGIN'
			});
			expect(await refusal(api.auth.logout())).toMatchObject({ code: 'FORBIDDEN_ORIGIN' });
			// Reads stay open to same-site page loads and scripts.
			expect((await api.profile.get()).general.name).toBe('Alpha');
		}
	});
});
