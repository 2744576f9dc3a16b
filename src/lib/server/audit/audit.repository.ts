import type { Insertable } from 'kysely';
import type { DB } from '../db';
import type { AuditEventTable } from '../db/types';

export async function insertEvent(db: DB, row: Insertable<AuditEventTable>): Promise<void> {
	await db.insertInto('audit_event').values(row).execute();
}

export async function purgeBefore(db: DB, at: string): Promise<void> {
	await db.deleteFrom('audit_event').where('at', '<', at).execute();
}

export interface EventFilter {
	section?: string;
	actor?: string;
	from?: string;
	to?: string;
	/** Only entries older than this id (the next page). */
	before?: number;
}

export function listEvents(db: DB, companyId: string, filter: EventFilter, limit: number) {
	let q = db.selectFrom('audit_event').selectAll().where('company_id', '=', companyId);
	if (filter.section) q = q.where('section', '=', filter.section);
	if (filter.actor) q = q.where('actor', '=', filter.actor);
	if (filter.from) q = q.where('at', '>=', filter.from);
	if (filter.to) q = q.where('at', '<', filter.to);
	if (filter.before) q = q.where('id', '<', filter.before);
	return q.orderBy('id', 'desc').limit(limit).execute();
}

/** Who appears in the company's trail, for the filter. */
export async function listActors(db: DB, companyId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('audit_event')
		.select('actor')
		.distinct()
		.where('company_id', '=', companyId)
		.where('actor', 'is not', null)
		.orderBy('actor')
		.execute();
	return rows.map((r) => r.actor as string);
}
