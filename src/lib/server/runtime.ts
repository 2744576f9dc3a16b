import type { Config } from './config';
import { type DB, openDatabase } from './db';
import { createSessionManager, type SessionManager } from './auth/lucia';
import { createServices, type ServiceOptions, type Services } from './services';

/** What every request shares: built once per process (or once per test). */
export interface Runtime {
	config: Config;
	db: DB;
	sessions: SessionManager;
	/** Waits; tests pass one that only records, so throttling delays cost no time. */
	sleep: (ms: number) => Promise<void>;
	/** PBX connectors, mail checks, billing, the secret box: tests pass their own. */
	services: Services;
	/** Now: tests move it to see an unlock expire. */
	clock: () => Date;
}

export const SESSION_ABSOLUTE_HOURS = 12;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createRuntime(
	config: Config,
	db: DB = openDatabase(config.DATABASE_PATH),
	overrides: Partial<Pick<Runtime, 'sleep' | 'clock'>> & { serviceOptions?: ServiceOptions } = {}
): Runtime {
	const sessions = createSessionManager(db, {
		idleMinutes: config.SESSION_IDLE_MINUTES,
		absoluteHours: SESSION_ABSOLUTE_HOURS,
		// Over https the __Host- prefix makes browsers refuse the cookie unless it is Secure,
		// for the whole site, and set by this host (no Domain): it cannot be planted by a sibling.
		cookieName: config.ORIGIN.startsWith('https:') ? '__Host-session' : 'session'
	});
	const { serviceOptions, ...rest } = overrides;
	const services = createServices(config, db, serviceOptions);
	return { config, db, sessions, sleep, clock: () => new Date(), ...rest, services };
}
