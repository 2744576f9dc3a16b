import { describe, expect, it } from 'vitest';
import { isTimeZone } from '$lib/time-zone';

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
