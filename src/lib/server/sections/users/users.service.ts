import { randomUUID } from 'node:crypto';
import type { UserCreate } from '$lib/schemas/users';
import type { DB } from '../../db';
import { AppError } from '../../errors';
import { type Actor, changes, record, removal } from '../../audit/audit';
import { inheritedConnection } from '../mail-access/mail-access.service';
import { listPackages } from '../packages/packages.service';
import {
	deleteUser,
	findUser,
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
	mailConnection: MailConnection | null;
	createdAt: string;
}

/** Where the user's mail is: the user then types only a username and password. */
export interface MailConnection {
	serverType: string;
	host: string;
	port: number;
	security: string;
	smtpHost: string;
	smtpPort: number;
	smtpSecurity: string;
}

const connection = (json: string | null): MailConnection | null => (json ? JSON.parse(json) : null);

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
			mailConnection: connection(u.mail_connection),
			createdAt: u.created_at
		}))
	};
}

/**
 * Creates a user on one of the company's unused subscription keys, with the Default packages
 * unless packages are chosen (from the Offered ones). The key count, the uniqueness checks and
 * the insert run in one transaction, so two creations cannot take the last key twice.
 */
export async function createUser(
	db: DB,
	companyId: string,
	input: UserCreate,
	actor: Actor | null = null
): Promise<UserView> {
	const packages = await listPackages(db, companyId);
	const offered = new Set(packages.filter((p) => p.offered).map((p) => p.packageId));
	const packageIds =
		input.packageIds ?? packages.filter((p) => p.isDefault).map((p) => p.packageId);
	if (packageIds.some((id) => !offered.has(id)))
		throw new AppError('PACKAGE_NOT_OFFERED', 'packageIds');

	const chosen = new Set(packageIds);
	const user = {
		id: randomUUID(),
		company_id: companyId,
		first_name: input.firstName,
		last_name: input.lastName,
		email: input.email,
		extension: input.extension,
		mail_connection: await inheritedConnection(db, companyId),
		pbx_ref: null,
		created_at: new Date().toISOString()
	};
	await db.transaction().execute(async (trx) => {
		const keys = await subscriptionKeys(trx, companyId);
		if (keys.used >= keys.total) throw new AppError('NO_KEYS_LEFT');
		const clash = await taken(trx, companyId, input.email, input.extension);
		if (clash.email) throw new AppError('USER_EMAIL_TAKEN', 'email');
		if (clash.extension) throw new AppError('EXTENSION_TAKEN', 'extension');
		await insertUser(trx, user, [...chosen]);
		const after = {
			firstName: user.first_name,
			lastName: user.last_name,
			email: user.email,
			extension: user.extension,
			packages: [...chosen].join(', ')
		};
		await record(trx, {
			companyId,
			actor,
			section: 'users',
			action: 'create',
			changes: changes(null, after)
		});
	});
	// What was just written, in catalogue order as users.list gives it; no need to read it back.
	return {
		id: user.id,
		firstName: user.first_name,
		lastName: user.last_name,
		email: user.email,
		extension: user.extension,
		packages: packages
			.filter((p) => chosen.has(p.packageId))
			.map((p) => ({ id: p.packageId, name: p.name })),
		mailConnection: connection(user.mail_connection),
		createdAt: user.created_at
	};
}

/** Removes a user of this company, which frees its subscription key. */
export async function removeUser(
	db: DB,
	companyId: string,
	id: string,
	actor: Actor | null = null
): Promise<void> {
	const today = new Date().toISOString().slice(0, 10);
	await db.transaction().execute(async (trx) => {
		const user = await findUser(trx, companyId, id);
		if (!user || !(await deleteUser(trx, companyId, id, today))) throw new AppError('NOT_FOUND');
		const was = {
			firstName: user.first_name,
			lastName: user.last_name,
			email: user.email,
			extension: user.extension
		};
		await record(trx, {
			companyId,
			actor,
			section: 'users',
			action: 'remove',
			changes: removal(was)
		});
	});
}
