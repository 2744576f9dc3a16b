import { sql } from 'kysely';
import type { DB } from './index';

/** Whether the database answers a trivial query. */
export async function databaseAnswers(db: DB): Promise<boolean> {
	try {
		await sql`select 1`.execute(db);
		return true;
	} catch {
		return false;
	}
}
