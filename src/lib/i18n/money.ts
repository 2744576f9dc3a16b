import type { Language } from '$lib/schemas/common';

/** An amount in minor units (cents) of an ISO 4217 currency, for the reader's language. */
export function formatMoney(minor: number, currency: string, locale: Language): string {
	const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
	const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
	return format.format(minor / 10 ** digits);
}
