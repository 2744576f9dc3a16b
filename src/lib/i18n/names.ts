import type { Language } from '$lib/languages';

// Country and language names come from the runtime's CLDR data through Intl.DisplayNames,
// in the reader's language, so no list of names is kept here.
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: Language, type: 'region' | 'language'): Intl.DisplayNames {
	const key = `${locale}:${type}`;
	let names = cache.get(key);
	if (!names) {
		names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
		cache.set(key, names);
	}
	return names;
}

const capitalise = (s: string, locale: string) =>
	s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

export const countryName = (code: string, locale: Language) =>
	displayNames(locale, 'region').of(code) ?? code;

/** Language names start with a capital, as in a menu ("Français", not "français"). */
export const languageName = (code: string, locale: Language) =>
	capitalise(displayNames(locale, 'language').of(code) ?? code, locale);
