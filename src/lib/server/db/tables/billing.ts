import type { Generated } from 'kysely';

// The embedded billing's subscriptions and calls, and bill unlocks.

export interface SubscriptionTable {
	id: Generated<number>;
	company_id: string;
	user_id: string;
	package_id: string;
	/** YYYY-MM-DD, the first day billed. */
	started_on: string;
	/** YYYY-MM-DD, the first day no longer billed; null while it lasts. */
	ended_on: string | null;
}

export interface CallRecordTable {
	id: Generated<number>;
	company_id: string;
	user_id: string;
	/** ISO-8601 UTC. */
	started_at: string;
	duration_seconds: number;
}

export interface BillUnlockTable {
	/** session.id: the SHA-256 of the session's token. */
	session_id: string;
	expires_at: number;
}
