import type { DB } from '../../db';
import type { NewAdministratorRow } from '../../db/types';

/** The stored hash for a sign-in; e-mails are stored case-folded, so compare lower case. */
export function findCredentials(db: DB, email: string) {
	return db
		.selectFrom('administrator')
		.select(['id', 'password_hash as passwordHash'])
		.where('email', '=', email.toLowerCase())
		.executeTakeFirst();
}

export async function emailInUse(db: DB, email: string): Promise<boolean> {
	const row = await db
		.selectFrom('administrator')
		.select('id')
		.where('email', '=', email.toLowerCase())
		.executeTakeFirst();
	return row !== undefined;
}

export async function insertAdministrator(db: DB, row: NewAdministratorRow): Promise<void> {
	await db.insertInto('administrator').values(row).execute();
}
