import { describe, expect, it } from 'vitest';
import { isTimeZone, startOfDay } from '$lib/time-zone';

describe('a time zone from the browser', () => {
	it('is one the runtime knows, by its IANA name', () => {
		for (const zone of ['UTC', 'America/Toronto', 'Europe/Paris', 'Etc/GMT+5'])
			expect(isTimeZone(zone), zone).toBe(true);
	});

	it('is refused when unknown, oversized, not a string or shaped like something else', () => {
		for (const value of [
			'Mars/Olympus',
			'../../etc/passwd',
			'x'.repeat(65),
			'UTC; path=/',
			'',
			42,
			null
		])
			expect(isTimeZone(value), String(value)).toBe(false);
	});
});

describe('the start of a calendar day in a time zone', () => {
	it('is that midnight on the wall clock, as a UTC instant', () => {
		const cases: [string, string, string][] = [
			['2026-12-03', 'UTC', '2026-12-03T00:00:00.000Z'],
			['2026-12-03', 'America/Toronto', '2026-12-03T05:00:00.000Z'],
			['2026-07-03', 'America/Toronto', '2026-07-03T04:00:00.000Z'],
			['2026-12-03', 'Asia/Kolkata', '2026-12-02T18:30:00.000Z'],
			['2026-12-03', 'Pacific/Kiritimati', '2026-12-02T10:00:00.000Z'],
			// Days that begin next to a daylight-saving change.
			['2026-03-29', 'Europe/Paris', '2026-03-28T23:00:00.000Z'],
			['2026-03-30', 'Europe/Paris', '2026-03-29T22:00:00.000Z'],
			['2026-11-01', 'America/Toronto', '2026-11-01T04:00:00.000Z'],
			['2026-11-02', 'America/Toronto', '2026-11-02T05:00:00.000Z']
		];
		for (const [day, zone, instant] of cases)
			expect(startOfDay(day, zone).toISOString(), `${day} ${zone}`).toBe(instant);
	});
});
