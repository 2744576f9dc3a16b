import type { DB } from '../../db';

export function listNumbers(db: DB, companyId: string) {
	return db
		.selectFrom('phone_number as n')
		.leftJoin('company_user as u', 'u.id', 'n.user_id')
		.select([
			'n.id',
			'n.number',
			'n.type',
			'n.pbx_ref as pbxRef',
			'n.created_at as createdAt',
			'u.first_name',
			'u.last_name'
		])
		.where('n.company_id', '=', companyId)
		.orderBy('n.number')
		.execute();
}
