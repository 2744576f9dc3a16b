import type { DB } from '../../db';

export async function saveUnlock(db: DB, sessionId: string, expiresAt: number): Promise<void> {
	await db
		.insertInto('bill_unlock')
		.values({ session_id: sessionId, expires_at: expiresAt })
		.onConflict((oc) => oc.column('session_id').doUpdateSet({ expires_at: expiresAt }))
		.execute();
}

/** When the session's unlock ends, or null without one. */
export async function findUnlock(db: DB, sessionId: string): Promise<number | null> {
	const row = await db
		.selectFrom('bill_unlock')
		.select('expires_at')
		.where('session_id', '=', sessionId)
		.executeTakeFirst();
	return row ? row.expires_at : null;
}

export async function deleteUnlock(db: DB, sessionId: string): Promise<void> {
	await db.deleteFrom('bill_unlock').where('session_id', '=', sessionId).execute();
}
