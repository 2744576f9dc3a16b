import type { AdministratorUpdate, ChangePassword } from '$lib/schemas/administrator';
import { passwordProblem } from '$lib/password-strength';
import { checkPassword } from '../../auth/credentials';
import { hashPassword } from '../../auth/password';
import { deleteSessionsOf } from '../../auth/session.repository';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import { toE164 } from '../../phone';
import { type Actor, changes, record } from '../../audit/audit';
import type { Runtime } from '../../runtime';
import { getProfile, type ProfileView } from '../profile/profile.service';
import {
	emailInUse,
	findAccount,
	setPasswordHash,
	updateAccount
} from './administrator.repository';

/**
 * Saves the administrator's own account. A new e-mail is the sign-in identity, so it needs the
 * current password; an address that cannot be used gets one message whatever the reason, so the
 * form does not tell who else has an account.
 */
export async function saveAccount(
	runtime: Runtime,
	who: { administratorId: string; companyId: string; ip: string | null },
	input: AdministratorUpdate,
	actor: Actor | null = null
): Promise<ProfileView['administrator']> {
	const { db, config } = runtime;
	const account = await findAccount(db, who.administratorId);
	if (!config.SUPPORTED_LANGUAGES.includes(input.language)) {
		throw new AppError('LANGUAGE_NOT_SUPPORTED', 'language');
	}
	const phone = input.phone === null ? null : toE164(input.phone, account.country);
	if (input.phone !== null && phone === null) throw new AppError('PHONE_INVALID', 'phone');

	if (input.email !== account.email) {
		if (!input.currentPassword) throw new AppError('CURRENT_PASSWORD_REQUIRED', 'currentPassword');
		await checkPassword(
			runtime,
			{ email: account.email, password: input.currentPassword, ip: who.ip },
			{ code: 'WRONG_PASSWORD', field: 'currentPassword' },
			{ purpose: 'emailChange', actor }
		);
		if (await emailInUse(db, input.email)) throw new AppError('EMAIL_TAKEN', 'email');
	}

	const values = { name: input.name, language: input.language, email: input.email, phone };
	try {
		await db.transaction().execute(async (trx) => {
			if (
				!(await updateAccount(trx, who.administratorId, input.expectedVersion, values, new Date()))
			) {
				throw new AppError('VERSION_CONFLICT');
			}
			const changed = changes(account, values);
			await record(trx, {
				companyId: who.companyId,
				actor,
				section: 'administrator',
				action: 'update',
				changes: changed
			});
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw new AppError('EMAIL_TAKEN', 'email');
		throw e;
	}
	return (await getProfile(db, who.companyId)).administrator;
}

/**
 * Changes the password: the current one first (throttled like a sign-in), then the rules of a
 * new one. Every session of this administrator ends, and the caller gets a new one (new id).
 */
export async function changePassword(
	runtime: Runtime,
	who: { administratorId: string; ip: string | null; userAgent: string | null },
	input: ChangePassword,
	actor: Actor | null = null
): Promise<string> {
	const { db, sessions } = runtime;
	const account = await findAccount(db, who.administratorId);
	await checkPassword(
		runtime,
		{ email: account.email, password: input.currentPassword, ip: who.ip },
		{ code: 'WRONG_PASSWORD', field: 'currentPassword' },
		{ purpose: 'passwordChange', actor }
	);
	const problem = passwordProblem(input.newPassword, {
		companyName: account.companyName,
		name: account.name,
		email: account.email
	});
	if (problem) throw new AppError(problem, 'newPassword');

	const hash = await hashPassword(input.newPassword);
	await db.transaction().execute(async (trx) => {
		await setPasswordHash(trx, who.administratorId, hash, new Date());
		await deleteSessionsOf(trx, who.administratorId);
		await record(trx, {
			companyId: account.companyId,
			actor,
			section: 'administrator',
			action: 'passwordChanged',
			changes: changes(null, { password: true }, ['password'])
		});
	});
	return sessions.create(who.administratorId, { ip: who.ip, userAgent: who.userAgent });
}
