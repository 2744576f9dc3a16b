import { hashToken, type ValidSession } from '../../auth/lucia';
import { checkPassword } from '../../auth/credentials';
import { type Actor, record } from '../../audit/audit';
import { AppError } from '../../errors';
import type { Runtime } from '../../runtime';
import type { Statement, StatementSummary } from '../../services/billing/types';
import { deleteUnlock, findUnlock, saveUnlock } from './unlock.repository';

/**
 * The bill opens with the administrator's password, for BILL_UNLOCK_MINUTES, in this session
 * only: the unlock is a row keyed by the session's id, so signing out (or a new session id at a
 * password change) ends it, and nothing the browser holds can open it.
 */
export async function unlockBill(
	runtime: Runtime,
	session: ValidSession,
	password: string,
	actor: Actor
): Promise<{ unlockedUntil: string }> {
	await checkPassword(
		runtime,
		{ email: session.administrator.email, password, ip: actor.ip },
		{ code: 'WRONG_PASSWORD', field: 'password' },
		{ purpose: 'billUnlock', actor }
	);
	const until = runtime.clock().getTime() + runtime.config.BILL_UNLOCK_MINUTES * 60_000;
	await runtime.db.transaction().execute(async (trx) => {
		await saveUnlock(trx, hashToken(session.token), until);
		await record(trx, {
			companyId: session.administrator.companyId,
			actor,
			section: 'billing',
			action: 'billUnlocked'
		});
	});
	return { unlockedUntil: new Date(until).toISOString() };
}

export async function lockBill(runtime: Runtime, session: ValidSession): Promise<void> {
	await deleteUnlock(runtime.db, hashToken(session.token));
}

/** When the session's unlock ends; refused (BILL_LOCKED) without a current one. */
export async function requireUnlock(runtime: Runtime, session: ValidSession): Promise<Date> {
	const until = await findUnlock(runtime.db, hashToken(session.token));
	if (until === null || until <= runtime.clock().getTime()) throw new AppError('BILL_LOCKED');
	return new Date(until);
}

export async function statementsOf(
	runtime: Runtime,
	companyId: string
): Promise<StatementSummary[]> {
	return runtime.services.billing.statements(companyId, runtime.clock());
}

export async function statementOf(
	runtime: Runtime,
	companyId: string,
	period: string
): Promise<Statement> {
	const statement = await runtime.services.billing.statement(companyId, period, runtime.clock());
	if (!statement) throw new AppError('NOT_FOUND');
	return statement;
}
