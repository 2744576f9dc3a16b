import type { DB } from '../../db';
import type { NewAdministratorRow } from '../../db/types';

/** The stored hash for a sign-in; e-mails are stored case-folded, so compare lower case. */
export function findCredentials(db: DB, email: string) {
	return db
		.selectFrom('administrator')
		.select(['id', 'company_id as companyId', 'email', 'password_hash as passwordHash', 'language'])
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

/** The administrator with what the account rules need of their company. */
export function findAccount(db: DB, administratorId: string) {
	return db
		.selectFrom('administrator as a')
		.innerJoin('company as c', 'c.id', 'a.company_id')
		.select([
			'a.id',
			'a.name',
			'a.email',
			'a.language',
			'a.phone',
			'a.version',
			'c.name as companyName',
			'c.country',
			'c.id as companyId'
		])
		.where('a.id', '=', administratorId)
		.executeTakeFirstOrThrow();
}

export interface AccountValues {
	name: string;
	language: string;
	email: string;
	phone: string | null;
}

/** Saves the account only if it is still at `expectedVersion` (one statement: no lost update). */
export async function updateAccount(
	db: DB,
	administratorId: string,
	expectedVersion: number,
	values: AccountValues,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('administrator')
		.set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now.toISOString() }))
		.where('id', '=', administratorId)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function setPasswordHash(db: DB, administratorId: string, hash: string, now: Date) {
	await db
		.updateTable('administrator')
		.set({ password_hash: hash, updated_at: now.toISOString() })
		.where('id', '=', administratorId)
		.execute();
}
