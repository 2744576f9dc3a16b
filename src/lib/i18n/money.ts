import type { Language } from '$lib/languages';
import { numberFormat } from './formats';

/** How many minor-unit digits a currency has: 2 for CAD, 0 for JPY. */
export const minorDigits = (currency: string) =>
	numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** An amount in minor units (cents) of an ISO 4217 currency, for the reader's language. */
export function formatMoney(minor: number, currency: string, locale: Language): string {
	return numberFormat(locale, { style: 'currency', currency }).format(
		minor / 10 ** minorDigits(currency)
	);
}

/** "15.00" in CAD is 1500: a decimal amount as the currency's minor units, or null. */
export function toMinorUnits(text: string, currency: string): number | null {
	const digits = minorDigits(currency);
	const fraction = digits > 0 ? `(?:\\.(\\d{1,${digits}}))?` : '';
	const match = new RegExp(`^(\\d{1,9})${fraction}$`).exec(text.trim());
	if (!match) return null;
	return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || 0);
}
