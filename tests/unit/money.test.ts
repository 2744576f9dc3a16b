import { describe, expect, it } from 'vitest';
import { formatMoney, toMinorUnits } from '$lib/i18n/money';

describe('money', () => {
	it('is stored in minor units and shown in the reader’s language', () => {
		expect(formatMoney(1500, 'CAD', 'en')).toBe('CA$15.00');
		expect(formatMoney(1500, 'CAD', 'fr')).toMatch(/^15,00\s\$\s?CA$/); // ICU's spaces vary by version
		expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500'); // no minor unit
	});

	it('reads a decimal amount into minor units, with no rounding', () => {
		expect(toMinorUnits('15', 'CAD')).toBe(1500);
		expect(toMinorUnits('0.05', 'CAD')).toBe(5);
		expect(toMinorUnits('9.5', 'EUR')).toBe(950);
		expect(toMinorUnits('1500', 'JPY')).toBe(1500);
		for (const bad of ['1.005', '-1', '1,50', 'ten', ''])
			expect(toMinorUnits(bad, 'CAD'), bad).toBeNull();
	});
});
