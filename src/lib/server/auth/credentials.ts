import { type Actor, record } from '../audit/audit';
import type { DB } from '../db';
import { AppError, type AppErrorCode } from '../errors';
import type { Runtime } from '../runtime';
import { findCredentials } from '../sections/administrator/administrator.repository';
import { burnPasswordCheck, verifyPassword } from './password';
import { judge, LIMITS } from './throttle';
import { clearPair, countFailures, pruneFailures, recordFailure } from './throttle.repository';

/**
 * Every check of an administrator's password goes through here (sign-in, password change,
 * e-mail change), so every one is throttled and counted alike. An unknown e-mail costs the same
 * time and fails with the same answer as a wrong password. Returns the administrator.
 */
export async function checkPassword(
	{ db, sleep }: Runtime,
	attempt: { email: string; password: string; ip: string | null },
	failure: { code: AppErrorCode; field?: string } = { code: 'INVALID_CREDENTIALS' },
	/** For the audit trail: what the password was asked for, and who asked. */
	context: { purpose: string; actor?: Actor | null } = { purpose: 'signIn' }
): Promise<{ id: string; companyId: string; language: string }> {
	const email = attempt.email.toLowerCase();
	const ip = attempt.ip ?? 'unknown';
	const now = Date.now();
	const account = await findCredentials(db, email);
	// A known account's company sees refusals in its trail; unknown e-mails belong to nobody.
	const audit = (action: string, on: DB = db) =>
		account
			? record(on, {
					companyId: account.companyId,
					actor: {
						sessionId: context.actor?.sessionId ?? null,
						ip: attempt.ip,
						userAgent: context.actor?.userAgent ?? null,
						administratorId: account.id,
						email: account.email
					},
					section: 'auth',
					action,
					detail: { purpose: context.purpose }
				})
			: Promise.resolve();
	const verdict = judge(await countFailures(db, email, ip, now - LIMITS.windowMs), now);
	if (verdict.refuseForMs > 0) {
		const minutes = Math.ceil(verdict.refuseForMs / 60_000);
		await audit('throttled');
		throw new AppError('RATE_LIMITED', failure.field, { minutes });
	}
	if (verdict.delayMs > 0) await sleep(verdict.delayMs);

	const valid = account
		? await verifyPassword(account.passwordHash, attempt.password)
		: await burnPasswordCheck(attempt.password);
	if (!account || !valid) {
		await db.transaction().execute(async (trx) => {
			await recordFailure(trx, email, ip, now);
			await audit('passwordRefused', trx);
		});
		// Rows older than a day say nothing any rule reads.
		if (Math.random() < 0.05) await pruneFailures(db, now - 24 * 3_600_000);
		throw new AppError(failure.code, failure.field);
	}
	await clearPair(db, email, ip);
	return { id: account.id, companyId: account.companyId, language: account.language };
}
