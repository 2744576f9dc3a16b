import type { Language } from '$lib/languages';

// Building an Intl formatter costs far more than using one (a tenth of a server-rendered
// /profile's CPU went to new Intl.DateTimeFormat, npm run bench), and pages format many values
// in the same few ways: each locale and set of options is built once.
const dateTimes = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, locale: string, options: object, make: () => F): F {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = make();
		cache.set(key, format);
	}
	return format;
}

export const dateTimeFormat = (locale: Language, options: Intl.DateTimeFormatOptions) =>
	cached(dateTimes, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
	cached(numbers, locale, options, () => new Intl.NumberFormat(locale, options));
