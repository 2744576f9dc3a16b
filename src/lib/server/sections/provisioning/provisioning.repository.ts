import type { Insertable } from 'kysely';
import type { DB } from '../../db';
import type { PhoneNumberTable } from '../../db/types';
import type { LocalNumber, LocalUser } from './import-plan';

export function findAccess(db: DB, companyId: string) {
	return db
		.selectFrom('provisioning_access as pa')
		.innerJoin('phone_system as ps', 'ps.id', 'pa.pbx_system_id')
		.select([
			'pa.pbx_system_id as pbxSystem',
			'ps.name as pbxSystemName',
			'ps.connector',
			'ps.api_url as apiUrl',
			'pa.account_id as accountId',
			'pa.password_secret as passwordSecret',
			'pa.password_set_at as passwordSetAt',
			'pa.updated_at as updatedAt'
		])
		.where('pa.company_id', '=', companyId)
		.executeTakeFirst();
}

export async function saveAccess(
	db: DB,
	companyId: string,
	values: { pbxSystem: string; accountId: string; secret?: string },
	now: string
): Promise<void> {
	const row = {
		pbx_system_id: values.pbxSystem,
		account_id: values.accountId,
		updated_at: now,
		...(values.secret ? { password_secret: values.secret, password_set_at: now } : {})
	};
	await db
		.insertInto('provisioning_access')
		.values({ company_id: companyId, ...row })
		.onConflict((oc) => oc.column('company_id').doUpdateSet(row))
		.execute();
}

export async function localUsers(db: DB, companyId: string): Promise<LocalUser[]> {
	const rows = await db
		.selectFrom('company_user')
		.select(['id', 'email', 'extension', 'pbx_ref as pbxRef'])
		.where('company_id', '=', companyId)
		.execute();
	return rows;
}

export async function localNumbers(db: DB, companyId: string): Promise<LocalNumber[]> {
	return db
		.selectFrom('phone_number')
		.select(['id', 'number', 'pbx_ref as pbxRef'])
		.where('company_id', '=', companyId)
		.execute();
}

export async function linkUser(db: DB, companyId: string, id: string, ref: string) {
	await db
		.updateTable('company_user')
		.set({ pbx_ref: ref })
		.where('company_id', '=', companyId)
		.where('id', '=', id)
		.execute();
}

export async function insertNumbers(db: DB, rows: Insertable<PhoneNumberTable>[]) {
	if (rows.length) await db.insertInto('phone_number').values(rows).execute();
}

export async function linkNumber(db: DB, companyId: string, id: string, ref: string) {
	await db
		.updateTable('phone_number')
		.set({ pbx_ref: ref })
		.where('company_id', '=', companyId)
		.where('id', '=', id)
		.execute();
}
