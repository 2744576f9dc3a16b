import { randomUUID } from 'node:crypto';
import type { UserCreate } from '$lib/schemas/users';
import type { DB } from '../../db';
import { AppError } from '../../errors';
import { listPackages } from '../packages/packages.service';
import {
	deleteUser,
	insertUser,
	listUserPackages,
	listUsers,
	subscriptionKeys,
	taken
} from './users.repository';

export interface UserView {
	id: string;
	firstName: string;
	lastName: string;
	email: string;
	extension: string;
	packages: { id: string; name: string }[];
	/** The validated mail access connection the user inherited, or null. */
	mailConnection: string | null;
	createdAt: string;
}

export interface UsersView {
	keys: { total: number; used: number; unused: number };
	users: UserView[];
}

export async function usersOf(db: DB, companyId: string): Promise<UsersView> {
	const [keys, users, packages] = await Promise.all([
		subscriptionKeys(db, companyId),
		listUsers(db, companyId),
		listUserPackages(db, companyId)
	]);
	return {
		keys: { ...keys, unused: Math.max(0, keys.total - keys.used) },
		users: users.map((u) => ({
			id: u.id,
			firstName: u.first_name,
			lastName: u.last_name,
			email: u.email,
			extension: u.extension,
			packages: packages.filter((p) => p.user_id === u.id).map(({ id, name }) => ({ id, name })),
			mailConnection: u.mail_connection,
			createdAt: u.created_at
		}))
	};
}

/**
 * Creates a user on one of the company's unused subscription keys, with the Default packages
 * unless packages are chosen (from the Offered ones). The key count, the uniqueness checks and
 * the insert run in one transaction, so two creations cannot take the last key twice.
 */
export async function createUser(db: DB, companyId: string, input: UserCreate): Promise<UserView> {
	const packages = await listPackages(db, companyId);
	const offered = new Set(packages.filter((p) => p.offered).map((p) => p.packageId));
	const packageIds =
		input.packageIds ?? packages.filter((p) => p.isDefault).map((p) => p.packageId);
	if (packageIds.some((id) => !offered.has(id)))
		throw new AppError('PACKAGE_NOT_OFFERED', 'packageIds');

	const id = randomUUID();
	await db.transaction().execute(async (trx) => {
		const keys = await subscriptionKeys(trx, companyId);
		if (keys.used >= keys.total) throw new AppError('NO_KEYS_LEFT');
		const clash = await taken(trx, companyId, input.email, input.extension);
		if (clash.email) throw new AppError('USER_EMAIL_TAKEN', 'email');
		if (clash.extension) throw new AppError('EXTENSION_TAKEN', 'extension');
		const user = {
			id,
			company_id: companyId,
			first_name: input.firstName,
			last_name: input.lastName,
			email: input.email,
			extension: input.extension,
			mail_connection: null,
			created_at: new Date().toISOString()
		};
		await insertUser(trx, user, [...new Set(packageIds)]);
	});
	const created = (await usersOf(db, companyId)).users.find((u) => u.id === id);
	if (!created) throw new AppError('NOT_FOUND');
	return created;
}

/** Removes a user of this company, which frees its subscription key. */
export async function removeUser(db: DB, companyId: string, id: string): Promise<void> {
	if (!(await deleteUser(db, companyId, id))) throw new AppError('NOT_FOUND');
}
