import type { Insertable } from 'kysely';
import type { DB } from '../../db';
import type { CallRecordTable } from '../../db/types';

/** Inserts call records in chunks (SQLite bounds the values of one statement). */
export async function insertCallRecords(
	db: DB,
	rows: Insertable<CallRecordTable>[]
): Promise<void> {
	for (let i = 0; i < rows.length; i += 500) {
		await db
			.insertInto('call_record')
			.values(rows.slice(i, i + 500))
			.execute();
	}
}

/** The company's users by e-mail, for attributing imported call records. */
export async function userIdsByEmail(db: DB, companyId: string): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('company_user')
		.select(['id', 'email'])
		.where('company_id', '=', companyId)
		.execute();
	return new Map(rows.map((r) => [r.email, r.id]));
}
