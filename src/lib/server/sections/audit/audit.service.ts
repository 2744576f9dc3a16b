import type { AuditList } from '$lib/schemas/audit';
import { startOfDay } from '$lib/time-zone';
import type { Change } from '../../audit/audit';
import { listActors, listEvents } from '../../audit/audit.repository';
import type { Runtime } from '../../runtime';

export interface AuditEntry {
	id: number;
	/** ISO-8601 UTC. */
	at: string;
	actor: string | null;
	session: string | null;
	ip: string | null;
	userAgent: string | null;
	section: string;
	action: string;
	changes: Change[];
	detail: Record<string, string | number | boolean | null> | null;
}

/** The day after a calendar day (YYYY-MM-DD). */
const nextDay = (day: string) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** One page of the company's trail, newest first, and the actors to filter by. */
export async function auditOf(
	runtime: Runtime,
	companyId: string,
	input: AuditList
): Promise<{ entries: AuditEntry[]; nextBefore: number | null; actors: string[] }> {
	// Past the retention an entry is not shown, even before the purge (serve.ts) removes it.
	const kept = new Date(
		Date.now() - runtime.config.AUDIT_RETENTION_DAYS * 86_400_000
	).toISOString();
	// The days are the reader's: each begins at its midnight in their time zone.
	const begins = (day: string) => startOfDay(day, input.timeZone).toISOString();
	const from = input.from ? begins(input.from) : kept;
	const filter = {
		section: input.section,
		actor: input.actor || undefined,
		from: from > kept ? from : kept,
		to: input.to ? begins(nextDay(input.to)) : undefined,
		before: input.before
	};
	const [rows, actors] = await Promise.all([
		listEvents(runtime.db, companyId, filter, input.limit + 1),
		listActors(runtime.db, companyId)
	]);
	const page = rows.slice(0, input.limit);
	return {
		entries: page.map((r) => ({
			id: r.id,
			at: r.at,
			actor: r.actor,
			session: r.session,
			ip: r.ip,
			userAgent: r.user_agent,
			section: r.section,
			action: r.action,
			changes: JSON.parse(r.changes),
			detail: r.detail ? JSON.parse(r.detail) : null
		})),
		nextBefore: rows.length > input.limit ? page[page.length - 1].id : null,
		actors
	};
}
