import type { Insertable } from 'kysely';
import type { DB } from '../../db';
import type { CompanyUserTable } from '../../db/types';

export async function subscriptionKeys(db: DB, companyId: string) {
	const row = await db
		.selectFrom('company')
		.select((eb) => [
			'subscription_keys as total',
			eb
				.selectFrom('company_user')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('company_user.company_id', '=', 'company.id')
				.as('used')
		])
		.where('id', '=', companyId)
		.executeTakeFirstOrThrow();
	return { total: row.total, used: Number(row.used ?? 0) };
}

export async function setSubscriptionKeys(
	db: DB,
	companyId: string,
	keys: number
): Promise<boolean> {
	const r = await db
		.updateTable('company')
		.set({ subscription_keys: keys })
		.where('id', '=', companyId)
		.executeTakeFirst();
	return r.numUpdatedRows > 0n;
}

export function listUsers(db: DB, companyId: string) {
	return db
		.selectFrom('company_user')
		.selectAll()
		.where('company_id', '=', companyId)
		.orderBy('last_name')
		.orderBy('first_name')
		.execute();
}

/** The packages of each of the company's users, in catalogue order. */
export function listUserPackages(db: DB, companyId: string) {
	return db
		.selectFrom('user_package as up')
		.innerJoin('company_user as u', 'u.id', 'up.user_id')
		.innerJoin('service_package as p', 'p.id', 'up.package_id')
		.select(['up.user_id', 'p.id', 'p.name'])
		.where('u.company_id', '=', companyId)
		.orderBy('p.sort_order')
		.execute();
}

export async function taken(db: DB, companyId: string, email: string, extension: string) {
	const rows = await db
		.selectFrom('company_user')
		.select(['email', 'extension'])
		.where('company_id', '=', companyId)
		.where((eb) => eb.or([eb('email', '=', email), eb('extension', '=', extension)]))
		.execute();
	return {
		email: rows.some((r) => r.email === email),
		extension: rows.some((r) => r.extension === extension)
	};
}

export async function insertUser(
	db: DB,
	user: Insertable<CompanyUserTable>,
	packageIds: string[]
): Promise<void> {
	await db.insertInto('company_user').values(user).execute();
	if (packageIds.length) {
		await db
			.insertInto('user_package')
			.values(packageIds.map((package_id) => ({ user_id: user.id, package_id })))
			.execute();
		// What billing counts: each package held from the day the user was created.
		await db
			.insertInto('subscription')
			.values(
				packageIds.map((package_id) => ({
					company_id: user.company_id,
					user_id: user.id,
					package_id,
					started_on: user.created_at.slice(0, 10)
				}))
			)
			.execute();
	}
}

/** Removes a user; its subscriptions end that day (billed up to the day before). */
export async function deleteUser(
	db: DB,
	companyId: string,
	id: string,
	today: string
): Promise<boolean> {
	await db
		.updateTable('subscription')
		.set({ ended_on: today })
		.where('company_id', '=', companyId)
		.where('user_id', '=', id)
		.where('ended_on', 'is', null)
		.execute();
	const r = await db
		.deleteFrom('company_user')
		.where('company_id', '=', companyId)
		.where('id', '=', id)
		.executeTakeFirst();
	return r.numDeletedRows > 0n;
}

export function findUser(db: DB, companyId: string, id: string) {
	return db
		.selectFrom('company_user')
		.selectAll()
		.where('company_id', '=', companyId)
		.where('id', '=', id)
		.executeTakeFirst();
}
