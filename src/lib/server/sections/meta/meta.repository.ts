import type { DB } from '../../db';

export function listPhoneSystems(db: DB) {
	return db.selectFrom('phone_system').select(['id', 'name']).orderBy('sort_order').execute();
}

/** The name of a supported phone system, or undefined when there is none with that id. */
export async function findPhoneSystemName(db: DB, id: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('phone_system')
		.select('name')
		.where('id', '=', id)
		.executeTakeFirst();
	return row?.name;
}
