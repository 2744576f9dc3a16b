import { translate } from '$lib/i18n';
import type { Language } from '$lib/schemas/common';
import type { Statement } from '../../services/billing/types';

// A statement as RFC 4180 CSV for spreadsheets: amounts as plain decimals in the currency's
// minor units (15.00), a header row in the reader's language. A cell that a spreadsheet would
// run as a formula (=, +, -, @) is quoted behind an apostrophe.

function cell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function statementCsv(s: Statement, locale: Language): string {
	const digits =
		new Intl.NumberFormat('en', { style: 'currency', currency: s.currency }).resolvedOptions()
			.maximumFractionDigits ?? 2;
	const amount = (minor: number) => (minor / 10 ** digits).toFixed(digits);
	const t = (key: string, vars?: Record<string, string>) => translate(locale, `bill.${key}`, vars);
	const rows: (string | number)[][] = [
		[
			t('period'),
			t('package'),
			t('users'),
			t('baseRate'),
			t('base'),
			t('included'),
			t('used'),
			t('extra'),
			t('minuteRate'),
			t('extraAmount'),
			t('lineTotal'),
			'currency'
		],
		...s.lines.map((l) => [
			s.period,
			l.packageName,
			l.users,
			amount(l.baseRate),
			amount(l.baseAmount),
			l.includedMinutes,
			l.minutesUsed,
			l.extraMinutes,
			amount(l.minuteRate),
			amount(l.extraAmount),
			amount(l.total),
			s.currency
		]),
		[s.period, t('subtotal'), '', '', '', '', '', '', '', '', amount(s.subtotal), s.currency],
		[
			s.period,
			s.taxRate ? t('tax', { rate: s.taxRate }) : t('noTax'),
			'',
			'',
			'',
			'',
			'',
			'',
			'',
			'',
			amount(s.tax),
			s.currency
		],
		[s.period, t('grandTotal'), '', '', '', '', '', '', '', '', amount(s.total), s.currency]
	];
	return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
