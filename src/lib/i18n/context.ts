import { getContext, setContext } from 'svelte';
import type { Language } from '$lib/languages';
import { type TranslationVars, translate } from './index';
import { dateTimeFormat, numberFormat } from './formats';
import { formatMoney } from './money';
import { countryName, languageName } from './names';

const KEY = Symbol('locale');

interface Reader {
	locale: () => Language;
	timeZone: () => string;
}

/** Called once by the root layout with getters over its page data's locale and time zone. */
export function provideLocale(locale: () => Language, timeZone: () => string): void {
	setContext<Reader>(KEY, { locale, timeZone });
}

/** "EST", "UTC−5", "UTC": the zone's short name at that moment, in the reader's words. */
const zoneName = (locale: Language, timeZone: string, at: Date) =>
	dateTimeFormat(locale, { timeZone, timeZoneName: 'short', hour: 'numeric' })
		.formatToParts(at)
		.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;

/**
 * Translation and formatting for a component, in the locale of the request that renders it.
 * The locale is read on every call, so a language change re-renders what uses it.
 */
export function useI18n() {
	const { locale: getLocale, timeZone: getTimeZone } = getContext<Reader>(KEY);
	return {
		t: (key: string, vars?: TranslationVars) => translate(getLocale(), key, vars),
		country: (code: string) => countryName(code, getLocale()),
		money: (minor: number, currency: string) => formatMoney(minor, currency, getLocale()),
		number: (n: number) => numberFormat(getLocale()).format(n),
		language: (code: string) => languageName(code, getLocale()),
		// In the reader's time zone (the browser's, through a cookie the server reads too, so both
		// render the same text), named, since it is UTC until the browser has said.
		dateTime: (iso: string, dateStyle: 'long' | 'medium' = 'long') => {
			const [locale, timeZone, at] = [getLocale(), getTimeZone(), new Date(iso)];
			const time = dateTimeFormat(locale, { dateStyle, timeStyle: 'short', timeZone });
			return `${time.format(at)} ${zoneName(locale, timeZone, at)}`;
		},
		/** A calendar day (YYYY-MM-DD) in the reader's words. */
		date: (day: string) =>
			dateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
				new Date(`${day}T00:00:00Z`)
			),
		/** A billing period (YYYY-MM): "November 2026"; `short`: "Nov 26". */
		month: (period: string, style: 'long' | 'short' = 'long') =>
			dateTimeFormat(getLocale(), {
				month: style,
				year: style === 'long' ? 'numeric' : '2-digit',
				timeZone: 'UTC'
			}).format(new Date(`${period}-01T00:00:00Z`))
	};
}
