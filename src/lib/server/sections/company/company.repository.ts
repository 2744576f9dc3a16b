import type { DB } from '../../db';
import type { Insertable } from 'kysely';
import type { NewCompanyRow, ProvisioningAccessTable } from '../../db/types';

export async function insertCompany(db: DB, row: NewCompanyRow): Promise<void> {
	await db.insertInto('company').values(row).execute();
}

export async function insertProvisioningAccess(
	db: DB,
	row: Insertable<ProvisioningAccessTable>
): Promise<void> {
	await db.insertInto('provisioning_access').values(row).execute();
}

export async function countCompanies(db: DB): Promise<number> {
	const { count } = await db
		.selectFrom('company')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(count);
}

export function listCompanies(db: DB) {
	return db
		.selectFrom('company')
		.leftJoin('administrator', 'administrator.company_id', 'company.id')
		.select([
			'company.id',
			'company.name',
			'company.country',
			'company.created_at as createdAt',
			'administrator.email as adminEmail'
		])
		.orderBy('company.created_at')
		.orderBy('company.name')
		.execute();
}

export async function companyExists(db: DB, companyId: string): Promise<boolean> {
	return (
		(await db.selectFrom('company').select('id').where('id', '=', companyId).executeTakeFirst()) !==
		undefined
	);
}

/** The company's country: the default region for phone numbers it types or imports. */
export async function companyCountry(db: DB, companyId: string): Promise<string> {
	const row = await db
		.selectFrom('company')
		.select('country')
		.where('id', '=', companyId)
		.executeTakeFirstOrThrow();
	return row.country;
}
