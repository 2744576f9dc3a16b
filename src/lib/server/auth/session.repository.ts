import type { DB } from '../db';
import { prepared } from '../db/prepared';
import type { SessionTable } from '../db/types';

// The session table's queries. Rows are keyed by the SHA-256 of the cookie's token (lucia.ts
// hashes before calling), so a copy of the database holds no usable session.

const sessionQuery = prepared((db: DB, { id }: { id: string }) =>
	db
		.selectFrom('session')
		.innerJoin('administrator', 'administrator.id', 'session.administrator_id')
		.innerJoin('company', 'company.id', 'administrator.company_id')
		.select([
			'session.administrator_id',
			'session.expires_at',
			'session.created_at',
			'session.ip',
			'session.user_agent',
			'administrator.company_id',
			'company.name as company_name',
			'administrator.name',
			'administrator.email',
			'administrator.language'
		])
		.where('session.id', '=', id)
);

/** Runs on every signed-in request, hence compiled once. */
export async function findSessionWithAdministrator(db: DB, id: string) {
	return (await sessionQuery(db, { id })).rows[0];
}

export function listSessions(db: DB, administratorId: string) {
	return db
		.selectFrom('session')
		.selectAll()
		.where('administrator_id', '=', administratorId)
		.execute();
}

export async function insertSession(db: DB, row: SessionTable): Promise<void> {
	await db.insertInto('session').values(row).execute();
}

export async function setSessionExpiry(db: DB, id: string, expiresAt: number): Promise<void> {
	await db.updateTable('session').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: DB, id: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOf(db: DB, administratorId: string): Promise<void> {
	await db.deleteFrom('session').where('administrator_id', '=', administratorId).execute();
}

/** Sessions past their idle deadline or their absolute lifetime (createdBefore). */
export async function deleteEndedSessions(
	db: DB,
	{
		now,
		createdBefore,
		administratorId
	}: { now: number; createdBefore: number; administratorId?: string }
): Promise<void> {
	let query = db
		.deleteFrom('session')
		.where((eb) => eb.or([eb('expires_at', '<=', now), eb('created_at', '<=', createdBefore)]));
	if (administratorId) query = query.where('administrator_id', '=', administratorId);
	await query.execute();
}

/** Every session of the administrator but `keepId`; returns how many ended. */
export async function deleteOtherSessions(
	db: DB,
	administratorId: string,
	keepId: string
): Promise<number> {
	const result = await db
		.deleteFrom('session')
		.where('administrator_id', '=', administratorId)
		.where('id', '!=', keepId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
