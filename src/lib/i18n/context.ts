import { getContext, setContext } from 'svelte';
import type { Language } from '$lib/languages';
import { type TranslationVars, translate } from './index';
import { dateTimeFormat, numberFormat } from './formats';
import { formatMoney } from './money';
import { countryName, languageName } from './names';

const KEY = Symbol('locale');

/** Called once by the root layout with a getter over its page data's locale. */
export function provideLocale(getLocale: () => Language): void {
	setContext(KEY, getLocale);
}

/**
 * Translation and formatting for a component, in the locale of the request that renders it.
 * The locale is read on every call, so a language change re-renders what uses it.
 */
export function useI18n() {
	const getLocale = getContext<() => Language>(KEY);
	return {
		t: (key: string, vars?: TranslationVars) => translate(getLocale(), key, vars),
		country: (code: string) => countryName(code, getLocale()),
		money: (minor: number, currency: string) => formatMoney(minor, currency, getLocale()),
		number: (n: number) => numberFormat(getLocale()).format(n),
		language: (code: string) => languageName(code, getLocale()),
		// In UTC, named: the server and the browser then render the same text (no hydration
		// mismatch), and the administrator's own time zone is not known yet.
		dateTime: (iso: string, dateStyle: 'long' | 'medium' = 'long') =>
			dateTimeFormat(getLocale(), { dateStyle, timeStyle: 'short', timeZone: 'UTC' }).format(
				new Date(iso)
			) + ' UTC',
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
