import type { DB } from '../../db';
import { prepared } from '../../db/prepared';

export function listPhoneSystems(db: DB) {
	return db.selectFrom('phone_system').select(['id', 'name']).orderBy('sort_order').execute();
}

const phoneSystemName = prepared((db: DB, { id }: { id: string }) =>
	db.selectFrom('phone_system').select('name').where('id', '=', id)
);

/** The name of a supported phone system, or undefined when there is none with that id. */
export async function findPhoneSystemName(db: DB, id: string): Promise<string | undefined> {
	return (await phoneSystemName(db, { id })).rows[0]?.name;
}

/** Every phone system with its connector and API address, for the operator. */
export function listPhoneSystemsForOperator(db: DB) {
	return db
		.selectFrom('phone_system')
		.select(['id', 'name', 'connector', 'api_url as apiUrl'])
		.orderBy('sort_order')
		.execute();
}

export async function setPhoneSystemUrl(
	db: DB,
	id: string,
	apiUrl: string | null
): Promise<boolean> {
	const r = await db
		.updateTable('phone_system')
		.set({ api_url: apiUrl })
		.where('id', '=', id)
		.executeTakeFirst();
	return r.numUpdatedRows > 0n;
}
