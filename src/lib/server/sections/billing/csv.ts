import { translate } from '$lib/i18n';
import { minorDigits } from '$lib/i18n/money';
import { csvRows } from '../../csv';
import type { Language } from '$lib/schemas/common';
import type { Statement } from '../../services/billing/types';

// A statement as CSV: amounts as plain decimals in the currency's minor units (15.00), a header
// row in the reader's language.

export function statementCsv(s: Statement, locale: Language): string {
	const digits = minorDigits(s.currency);
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
	return csvRows(rows);
}
