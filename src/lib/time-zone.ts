// The reader's time zone, as the browser reports it (Intl), kept in a cookie so that the server
// renders times the way the browser will (no hydration mismatch). UTC until the browser says.

export const TIME_ZONE_COOKIE = 'tz';

/** An IANA time zone this runtime knows ("America/Toronto"), checked before any use. */
export function isTimeZone(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value))
		return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** The browser's own time zone, when it has a usable one. */
export function browserTimeZone(): string | null {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	return isTimeZone(zone) ? zone : null;
}
