import { describe, expect, it } from 'vitest';
import { statementCsv } from '$lib/server/sections/billing/csv';
import type { Statement } from '$lib/server/services/billing/types';

const statement: Statement = {
	period: '2026-11',
	currency: 'CAD',
	current: false,
	from: '2026-11-01',
	to: '2026-11-30',
	lines: [
		{
			packageId: 'x',
			packageName: '=HYPERLINK("evil")',
			users: 2,
			baseRate: 1500,
			baseAmount: 1250,
			includedMinutes: 250,
			minutesUsed: 300,
			extraMinutes: 50,
			minuteRate: 5,
			extraAmount: 250,
			total: 1500
		}
	],
	subtotal: 1500,
	taxRate: '5',
	tax: 75,
	total: 1575
};

describe('statement CSV', () => {
	it('writes amounts as decimals of the currency and headers in the reader language', () => {
		const rows = statementCsv(statement, 'fr').split('\r\n');
		expect(rows[0]).toMatch(/^Période,Forfait,Utilisateurs,/);
		expect(rows.at(-2)).toBe('2026-11,Total,,,,,,,,,15.75,CAD');
		expect(rows[1]).toContain(',2,15.00,12.50,250,300,50,0.05,2.50,15.00,CAD');
	});

	it('keeps a cell from running as a spreadsheet formula, and quotes what needs it', () => {
		const row = statementCsv(statement, 'en').split('\r\n')[1];
		expect(row.startsWith(`2026-11,"'=HYPERLINK(""evil"")",`)).toBe(true);
	});
});
