import { describe, expect, it } from 'vitest';
import {
	computeStatement,
	divideHalfUp,
	periodBounds,
	periodsSince,
	taxPartsPerMillion,
	type PackageRates
} from '$lib/server/services/billing/statement';

const packages: PackageRates[] = [
	{
		id: 'essential',
		name: 'Essential',
		baseRate: 1500,
		includedMinutes: 300,
		minuteRate: 5,
		currency: 'CAD',
		sortOrder: 1
	},
	{
		id: 'business',
		name: 'Business',
		baseRate: 3000,
		includedMinutes: 1000,
		minuteRate: 4,
		currency: 'CAD',
		sortOrder: 2
	}
];
const NOW = new Date('2027-01-15T12:00:00Z');

describe('billing arithmetic', () => {
	it('rounds half up, exactly, in integers', () => {
		expect(divideHalfUp(7, 2)).toBe(4);
		expect(divideHalfUp(5, 2)).toBe(3);
		expect(divideHalfUp(4, 3)).toBe(1);
		expect(divideHalfUp(1500 * 15, 31)).toBe(726); // 725.806…
		expect(divideHalfUp(0, 30)).toBe(0);
	});

	it('reads a tax rate in percent with up to four decimals', () => {
		expect(taxPartsPerMillion('14.975')).toBe(149_750);
		expect(taxPartsPerMillion('5')).toBe(50_000);
		expect(taxPartsPerMillion(null)).toBe(0);
	});

	it('knows the days of each month, leap years included', () => {
		expect(periodBounds('2024-02', NOW).daysInMonth).toBe(29);
		expect(periodBounds('2026-02', NOW).daysInMonth).toBe(28);
		expect(periodBounds('2026-12', NOW)).toMatchObject({ daysInMonth: 31, current: false });
		expect(periodBounds('2027-01', NOW).current).toBe(true);
	});

	it('lists the periods from the first one to now, newest first', () => {
		expect(periodsSince('2026-11', NOW)).toEqual(['2027-01', '2026-12', '2026-11']);
	});

	it('rates a call under the package with the most included minutes its user held that day', () => {
		const s = computeStatement('2026-12', NOW, {
			packages,
			currency: 'CAD',
			taxRate: null,
			subscriptions: [
				{ userId: 'u', packageId: 'essential', startedOn: '2026-01-01', endedOn: null },
				{ userId: 'u', packageId: 'business', startedOn: '2026-12-10', endedOn: null }
			],
			minutes: [
				{ userId: 'u', day: '2026-12-05', minutes: 400 },
				{ userId: 'u', day: '2026-12-20', minutes: 50 }
			]
		});
		expect(s.lines.map((l) => [l.packageId, l.minutesUsed, l.extraMinutes])).toEqual([
			['essential', 400, 100],
			['business', 50, 0]
		]);
	});

	it('adds up exactly whatever the subscriptions, minutes and tax (1000 random statements)', () => {
		let seed = 42;
		const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
		for (let round = 0; round < 1000; round++) {
			const subscriptions = Array.from({ length: 1 + random(12) }, (_, i) => ({
				userId: `u${i}`,
				packageId: random(2) ? 'essential' : 'business',
				startedOn: `2026-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
				endedOn: random(3) ? null : `2026-12-${String(1 + random(31)).padStart(2, '0')}`
			}));
			const minutes = Array.from({ length: random(40) }, () => ({
				userId: `u${random(12)}`,
				day: `2026-12-${String(1 + random(31)).padStart(2, '0')}`,
				minutes: random(300)
			}));
			const s = computeStatement('2026-12', NOW, {
				packages,
				subscriptions,
				minutes,
				currency: 'CAD',
				taxRate: random(2) ? '14.975' : '5'
			});
			expect(s.subtotal).toBe(s.lines.reduce((sum, l) => sum + l.total, 0));
			for (const l of s.lines) {
				expect(l.total).toBe(l.baseAmount + l.extraAmount);
				expect(Number.isInteger(l.total) && l.total >= 0).toBe(true);
				expect(l.extraMinutes).toBe(Math.max(0, l.minutesUsed - l.includedMinutes));
			}
			expect(s.total).toBe(s.subtotal + s.tax);
		}
	});
});
