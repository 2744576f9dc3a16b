// The reader's time zone, as the browser reports it (Intl), kept in a cookie so that the server
// renders times the way the browser will (no hydration mismatch). UTC until the browser says.

export const TIME_ZONE_COOKIE = 'tz';

// Zones found valid, since every request checks its cookie's. Bounded: Intl also accepts
// other spellings of the same zones, which a cookie could vary without end.
const known = new Set<string>();

/** An IANA time zone this runtime knows ("America/Toronto"), checked before any use. */
export function isTimeZone(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value))
		return false;
	if (known.has(value)) return true;
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
	} catch {
		return false;
	}
	if (known.size < 1000) known.add(value);
	return true;
}

/** The browser's own time zone, when it has a usable one. */
export function browserTimeZone(): string | null {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	return isTimeZone(zone) ? zone : null;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s wall clock is ahead of UTC at instant `t` (ms since the epoch). */
function offsetAt(timeZone: string, t: number): number {
	let format = wallClocks.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		wallClocks.set(timeZone, format);
	}
	const parts = format.formatToParts(new Date(t));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second')
	);
	return wall - Math.floor(t / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in `timeZone`. The offset is read twice, at
 * UTC midnight and then at the first guess, so a day that starts just after a daylight-saving
 * change gets the right one.
 */
export function startOfDay(day: string, timeZone: string): Date {
	const midnight = Date.parse(`${day}T00:00:00Z`);
	const guess = midnight - offsetAt(timeZone, midnight);
	return new Date(midnight - offsetAt(timeZone, guess));
}
