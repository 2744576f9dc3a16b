import type { Generated } from 'kysely';

// The audit trail.

export interface AuditEventTable {
	id: Generated<number>;
	company_id: string;
	at: string;
	actor_id: string | null;
	/** The actor's e-mail at the time. */
	actor: string | null;
	/** The first characters of the session's id (itself a hash of the token). */
	session: string | null;
	ip: string | null;
	user_agent: string | null;
	section: string;
	action: string;
	/** JSON: [{ field, from, to }], secrets as "changed". */
	changes: Generated<string>;
	/** JSON: a few facts of the event (a check's outcome, an import's counts). */
	detail: string | null;
}
