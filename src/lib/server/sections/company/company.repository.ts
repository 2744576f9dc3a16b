import type { DB } from '../../db';
import type { NewCompanyRow } from '../../db/types';

export async function insertCompany(db: DB, row: NewCompanyRow): Promise<void> {
	await db.insertInto('company').values(row).execute();
}

export async function insertProvisioningAccess(
	db: DB,
	row: { company_id: string; pbx_system_id: string; account_id: string; updated_at: string }
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
