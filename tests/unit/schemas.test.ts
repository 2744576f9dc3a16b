import { describe, expect, it } from 'vitest';
import { loginSchema, newPasswordSchema } from '$lib/schemas/auth';
import { countrySchema, emailSchema } from '$lib/schemas/common';
import { COUNTRY_CODES } from '$lib/schemas/countries';
import { generalUpdateSchema } from '$lib/schemas/general';

const general = {
	name: 'Acme',
	country: 'CA',
	pbxSystem: 'ets-asterisk',
	firstLanguage: 'en',
	secondLanguage: 'fr',
	expectedVersion: 3
};
const messages = (r: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the General information schema', () => {
	it('trims the company name', () => {
		expect(generalUpdateSchema.parse({ ...general, name: '  Acme  ' }).name).toBe('Acme');
	});

	it('needs 1 to 100 characters of name, without control characters', () => {
		expect(messages(generalUpdateSchema.safeParse({ ...general, name: '   ' }))).toEqual({
			name: 'validation.required'
		});
		expect(generalUpdateSchema.safeParse({ ...general, name: 'x'.repeat(100) }).success).toBe(true);
		expect(messages(generalUpdateSchema.safeParse({ ...general, name: 'x'.repeat(101) }))).toEqual({
			name: 'validation.tooLong'
		});
		expect(messages(generalUpdateSchema.safeParse({ ...general, name: 'Ac\u0007me' }))).toEqual({
			name: 'validation.controlChars'
		});
	});

	it('allows no second language, and refuses one equal to the first', () => {
		expect(generalUpdateSchema.safeParse({ ...general, secondLanguage: null }).success).toBe(true);
		expect(messages(generalUpdateSchema.safeParse({ ...general, secondLanguage: 'en' }))).toEqual({
			secondLanguage: 'validation.secondLanguageSame'
		});
	});

	it('refuses languages the portal is not translated into, and a missing version', () => {
		const { expectedVersion: _, ...noVersion } = general;
		expect(messages(generalUpdateSchema.safeParse({ ...general, firstLanguage: 'de' }))).toEqual({
			firstLanguage: 'validation.language'
		});
		expect(Object.keys(messages(generalUpdateSchema.safeParse(noVersion)))).toEqual([
			'expectedVersion'
		]);
	});
});

describe('country codes', () => {
	it('are the 249 ISO 3166-1 alpha-2 codes in force, each named by Intl in English and French', () => {
		expect(COUNTRY_CODES).toHaveLength(249);
		expect(new Set(COUNTRY_CODES).size).toBe(249);
		for (const locale of ['en', 'fr']) {
			const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
			for (const code of COUNTRY_CODES) expect(names.of(code), `${locale} ${code}`).toBeTruthy();
		}
	});

	it('accept upper-case assigned codes only', () => {
		for (const ok of ['CA', 'FR', 'US', 'GB', 'SS'])
			expect(countrySchema.safeParse(ok).success).toBe(true);
		// lower case, unassigned, withdrawn (Yugoslavia, USSR), reserved (UK, EU) and malformed codes
		for (const bad of ['ca', 'XX', 'YU', 'SU', 'UK', 'EU', 'CAN', '', 12]) {
			expect(countrySchema.safeParse(bad).success, String(bad)).toBe(false);
		}
	});
});

describe('e-mail and passwords', () => {
	it('folds e-mail addresses to lower case and trims them', () => {
		expect(emailSchema.parse('  Alex.Martin@Demo.Example ')).toBe('alex.martin@demo.example');
		expect(emailSchema.safeParse('not-an-address').success).toBe(false);
	});

	it('keeps the password of a sign-in exactly as typed', () => {
		expect(loginSchema.parse({ email: 'a@b.example', password: '  spaced  ' }).password).toBe(
			'  spaced  '
		);
	});

	it('needs 12 to 128 characters for a new password, with no composition rules', () => {
		expect(newPasswordSchema.safeParse('a'.repeat(11)).success).toBe(false);
		expect(newPasswordSchema.safeParse('all lowercase words').success).toBe(true);
		expect(newPasswordSchema.safeParse('a'.repeat(128)).success).toBe(true);
		expect(newPasswordSchema.safeParse('a'.repeat(129)).success).toBe(false);
	});
});
