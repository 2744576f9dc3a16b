import type { DB } from '../../db';

export function listPhoneSystems(db: DB) {
	return db.selectFrom('phone_system').select(['id', 'name']).orderBy('sort_order').execute();
}

export async function phoneSystemExists(db: DB, id: string): Promise<boolean> {
	const row = await db
		.selectFrom('phone_system')
		.select('id')
		.where('id', '=', id)
		.executeTakeFirst();
	return row !== undefined;
}
