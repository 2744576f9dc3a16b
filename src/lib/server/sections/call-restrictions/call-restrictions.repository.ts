import type { DB } from '../../db';
import type { CallRestrictionTable } from '../../db/types';

/** The provider's rules and this company's, with the names of their phone systems. */
export function listRestrictions(db: DB, companyId: string) {
	return db
		.selectFrom('call_restriction as r')
		.leftJoin('phone_system as ps', 'ps.id', 'r.pbx_system_id')
		.select([
			'r.id',
			'r.company_id',
			'r.name',
			'r.pattern',
			'r.pbx_system_id',
			'ps.name as pbx_name',
			'r.rule'
		])
		.where((eb) => eb.or([eb('r.company_id', 'is', null), eb('r.company_id', '=', companyId)]))
		.orderBy('r.name')
		.execute();
}

export function findRestriction(db: DB, id: string) {
	return db
		.selectFrom('call_restriction')
		.select(['id', 'company_id', 'name', 'pattern', 'pbx_system_id', 'rule'])
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function nameTaken(db: DB, companyId: string, name: string, exceptId?: string) {
	let query = db
		.selectFrom('call_restriction')
		.select('id')
		.where('company_id', '=', companyId)
		.where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
	if (exceptId) query = query.where('id', '!=', exceptId);
	return (await query.executeTakeFirst()) !== undefined;
}

export async function insertRestriction(db: DB, row: CallRestrictionTable): Promise<void> {
	await db.insertInto('call_restriction').values(row).execute();
}

type Values = Pick<CallRestrictionTable, 'name' | 'pattern' | 'pbx_system_id' | 'rule'>;

export async function updateRestriction(db: DB, companyId: string, id: string, values: Values) {
	await db
		.updateTable('call_restriction')
		.set(values)
		.where('id', '=', id)
		.where('company_id', '=', companyId)
		.execute();
}

export async function deleteRestriction(db: DB, companyId: string, id: string): Promise<void> {
	await db
		.deleteFrom('call_restriction')
		.where('id', '=', id)
		.where('company_id', '=', companyId)
		.execute();
}
