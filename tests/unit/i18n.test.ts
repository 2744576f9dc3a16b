import { describe, expect, it } from 'vitest';
import { negotiateLanguage, translate, translations } from '$lib/i18n';
import { countryName, languageName } from '$lib/i18n/names';
import { APP_ERROR_CODES } from '$lib/server/errors';

function keys(tree: unknown, prefix = ''): string[] {
	if (typeof tree !== 'object' || tree === null) return [prefix];
	return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
	it('every key exists in both English and French', () => {
		const en = keys(translations.en).sort();
		const fr = keys(translations.fr).sort();
		expect(en.length).toBeGreaterThan(50);
		expect(fr).toEqual(en);
	});

	it('no translation is empty, and French differs from English where it should', () => {
		for (const locale of ['en', 'fr'] as const) {
			for (const key of keys(translations[locale]))
				expect(translate(locale, key).trim(), `${locale} ${key}`).not.toBe('');
		}
		expect(translate('fr', 'login.submit')).toBe('Se connecter');
	});

	it('every error code a client can receive has a message in both languages', () => {
		for (const code of APP_ERROR_CODES) {
			for (const locale of ['en', 'fr'] as const) {
				expect(keys(translations[locale]), `${locale} ${code}`).toContain(`errors.${code}`);
			}
		}
	});

	it('interpolates values', () => {
		expect(translate('en', 'validation.tooLong', { max: 100 })).toBe('Use at most 100 characters.');
		expect(translate('fr', 'common.signedInAs', { name: 'Alex' })).toBe(
			'Connecté en tant que Alex'
		);
	});
});

describe('the language of a request before sign-in', () => {
	const both = ['en', 'fr'] as const;
	it('is the best supported match of Accept-Language, by q-value, ignoring regions', () => {
		expect(negotiateLanguage('fr-CA,fr;q=0.9,en;q=0.8', both)).toBe('fr');
		expect(negotiateLanguage('de-DE,de;q=0.9,fr;q=0.5,en;q=0.7', both)).toBe('en');
		expect(negotiateLanguage('en;q=0.2, FR;q=0.9', both)).toBe('fr');
	});

	it('falls back to the first supported language', () => {
		expect(negotiateLanguage(null, both)).toBe('en');
		expect(negotiateLanguage('de, es;q=0.5', ['fr', 'en'])).toBe('fr');
		expect(negotiateLanguage('fr;q=0, *', both)).toBe('en');
		expect(negotiateLanguage('garbage;;q=x,,', both)).toBe('en');
	});
});

describe('names', () => {
	it('come from Intl.DisplayNames in the reader’s language', () => {
		expect(countryName('CA', 'fr')).toBe('Canada');
		expect(countryName('DE', 'fr')).toBe('Allemagne');
		expect(countryName('DE', 'en')).toBe('Germany');
		expect(languageName('fr', 'fr')).toBe('Français');
		expect(languageName('en', 'fr')).toBe('Anglais');
	});
});
