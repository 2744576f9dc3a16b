import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '$lib/schemas/common';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;

beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

async function signedIn(locale: Language = 'en', runtime = t.runtime) {
	const company = await addCompany(runtime);
	const api = await (await new Browser(runtime, { locale }).signIn(company.email)).api();
	return { api, company };
}

const valid = {
	name: '  Acme Telephony  ',
	country: 'BE' as const,
	pbxSystem: 'generic-ip-pbx',
	firstLanguage: 'fr' as const,
	secondLanguage: 'en' as const,
	expectedVersion: 1
};

describe('general.update', () => {
	it('saves the trimmed name, country, provider and both languages, and bumps the version', async () => {
		const { api } = await signedIn();
		const saved = await api.general.update(valid);
		expect(saved).toMatchObject({
			name: 'Acme Telephony',
			country: 'BE',
			pbxSystem: 'generic-ip-pbx',
			pbxSystemName: 'Generic IP-PBX',
			firstLanguage: 'fr',
			secondLanguage: 'en',
			version: 2
		});
		expect((await api.profile.get()).general).toEqual(saved);
	});

	it('removes the second language when it is null', async () => {
		const { api } = await signedIn();
		await api.general.update(valid);
		const saved = await api.general.update({ ...valid, secondLanguage: null, expectedVersion: 2 });
		expect(saved.secondLanguage).toBeNull();
	});

	it('a stale version conflicts and saves nothing', async () => {
		const { api } = await signedIn();
		await api.general.update({ ...valid, name: 'First writer' });
		const conflict = await refusal(api.general.update({ ...valid, name: 'Second writer' }));
		expect(conflict).toMatchObject({ trpcCode: 'CONFLICT', code: 'VERSION_CONFLICT' });
		expect(conflict.message).toMatch(/someone else changed/i);
		expect((await api.profile.get()).general).toMatchObject({ name: 'First writer', version: 2 });
	});

	it('invalid fields are refused each with its own message, and nothing is saved', async () => {
		const { api } = await signedIn();
		const before = await api.profile.get();
		const bad = await refusal(
			api.general.update({
				...valid,
				name: '   ',
				country: 'XX' as 'BE',
				firstLanguage: 'de' as 'fr'
			})
		);
		expect(bad).toMatchObject({ trpcCode: 'BAD_REQUEST', code: 'VALIDATION_FAILED' });
		expect(bad.fieldErrors).toEqual({
			name: ['This field is required.'],
			country: ['Choose a country from the list.'],
			firstLanguage: ['Choose a language from the list.']
		});
		expect(await api.profile.get()).toEqual(before);
	});

	it('the second language must differ from the first', async () => {
		const { api } = await signedIn();
		const bad = await refusal(api.general.update({ ...valid, secondLanguage: 'fr' }));
		expect(bad.fieldErrors).toEqual({
			secondLanguage: ['The second language must differ from the first.']
		});
	});

	it('a name over 100 characters or with control characters is refused', async () => {
		const { api } = await signedIn();
		expect(
			(await refusal(api.general.update({ ...valid, name: 'x'.repeat(101) }))).fieldErrors
		).toEqual({
			name: ['Use at most 100 characters.']
		});
		expect((await refusal(api.general.update({ ...valid, name: 'A\u0000B' }))).fieldErrors).toEqual(
			{
				name: ['Remove the invisible control characters.']
			}
		);
	});

	it('an unknown phone system is refused beside its field', async () => {
		const { api } = await signedIn();
		const bad = await refusal(api.general.update({ ...valid, pbxSystem: 'no-such-pbx' }));
		expect(bad).toMatchObject({ code: 'UNKNOWN_PHONE_SYSTEM' });
		expect(Object.keys(bad.fieldErrors)).toEqual(['pbxSystem']);
	});

	it('messages come in the caller’s language', async () => {
		const { api } = await signedIn('fr');
		const bad = await refusal(api.general.update({ ...valid, name: '' }), 'fr');
		expect(bad.message).toBe('Certains champs demandent votre attention.');
		expect(bad.fieldErrors.name).toEqual(['Ce champ est obligatoire.']);
	});
});

describe('a deployment with one language', () => {
	it('refuses a second language, and a first language it does not support', async () => {
		const single = await testRuntime({ SUPPORTED_LANGUAGES: 'en' });
		try {
			const { api } = await signedIn('en', single.runtime);
			const options = await api.meta.options();
			expect(options.secondLanguageAvailable).toBe(false);
			expect(options.languages).toEqual([{ value: 'en', label: 'English' }]);
			const second = await refusal(
				api.general.update({ ...valid, firstLanguage: 'en', secondLanguage: 'fr' })
			);
			expect(second).toMatchObject({ code: 'SECOND_LANGUAGE_UNAVAILABLE' });
			expect(Object.keys(second.fieldErrors)).toEqual(['secondLanguage']);
			const first = await refusal(
				api.general.update({ ...valid, firstLanguage: 'fr', secondLanguage: null })
			);
			expect(first).toMatchObject({ code: 'LANGUAGE_NOT_SUPPORTED' });
			const saved = await api.general.update({
				...valid,
				firstLanguage: 'en',
				secondLanguage: null
			});
			expect(saved.firstLanguage).toBe('en');
		} finally {
			await single.close();
		}
	});
});

describe('meta.options', () => {
	it('names countries and languages in the caller’s language, sorted for that language', async () => {
		const { api: fr } = await signedIn('fr');
		const options = await fr.meta.options();
		expect(options.countries).toHaveLength(249);
		expect(options.countries.find((c) => c.value === 'DE')?.label).toBe('Allemagne');
		expect(options.languages.map((l) => l.label)).toEqual(['Anglais', 'Français']);
		const labels = options.countries.map((c) => c.label);
		expect(labels).toEqual([...labels].sort(new Intl.Collator('fr').compare));
		expect(options.phoneSystems.map((p) => p.label)).toContain('ETS Cloud PBX (Asterisk)');
	});
});
