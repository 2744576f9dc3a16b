import type { Language } from '$lib/schemas/common';
import type { ProvisioningUpdate } from '$lib/schemas/provisioning';
import { type CheckReport, reportCheck } from '../../checks';
import { AppError } from '../../errors';
import { type Actor, changes, record } from '../../audit/audit';
import type { Runtime } from '../../runtime';
import { Check, StepFailure } from '../../services/outbound/check';
import type { ConnectorName, PbxAccess, PbxConnector } from '../../services/pbx';
import { findPhoneSystemName } from '../meta/meta.repository';
import { findAccess, saveAccess } from './provisioning.repository';

export interface ProvisioningView {
	pbxSystem: string;
	pbxSystemName: string;
	accountId: string;
	/** When the write-only password was last set; the password itself is never sent. */
	passwordSetAt: string | null;
	/** Whether the portal has a connector for this phone system (Test access, Import). */
	connected: boolean;
}

export const secretContext = (companyId: string) => `provisioning:${companyId}`;

export async function getProvisioning(
	{ db }: Runtime,
	companyId: string
): Promise<ProvisioningView | null> {
	const row = await findAccess(db, companyId);
	if (!row) return null;
	return {
		pbxSystem: row.pbxSystem,
		pbxSystemName: row.pbxSystemName,
		accountId: row.accountId,
		passwordSetAt: row.passwordSecret ? row.passwordSetAt : null,
		connected: row.connector !== null
	};
}

/**
 * Saves the access. The password is write-only: sealed before it is stored, never read back to
 * a client; without one the stored password is kept, except for a new phone system, whose
 * password the old one cannot be.
 */
export async function saveProvisioning(
	runtime: Runtime,
	companyId: string,
	input: ProvisioningUpdate,
	actor: Actor | null = null
): Promise<ProvisioningView> {
	const { db, services } = runtime;
	if ((await findPhoneSystemName(db, input.pbxSystem)) === undefined)
		throw new AppError('UNKNOWN_PHONE_SYSTEM', 'pbxSystem');
	const stored = await findAccess(db, companyId);
	if (!input.password && (!stored?.passwordSecret || stored.pbxSystem !== input.pbxSystem)) {
		throw new AppError('SECRET_REQUIRED', 'password');
	}
	const secret = input.password
		? services.secrets.seal(input.password, secretContext(companyId))
		: undefined;
	await db.transaction().execute(async (trx) => {
		const values = { pbxSystem: input.pbxSystem, accountId: input.accountId, secret };
		await saveAccess(trx, companyId, values, new Date().toISOString());
		const after = {
			pbxSystem: input.pbxSystem,
			accountId: input.accountId,
			password: input.password
		};
		await record(trx, {
			companyId,
			actor,
			section: 'provisioning',
			action: 'update',
			changes: changes(stored ?? null, after, ['password'])
		});
	});
	const view = await getProvisioning(runtime, companyId);
	if (!view) throw new AppError('INTERNAL');
	return view;
}

/** The connector and credentials of the company's stored access, or a refusal to say why not. */
export async function openAccess(
	runtime: Runtime,
	companyId: string
): Promise<{ connector: PbxConnector | null; access: PbxAccess }> {
	const row = await findAccess(runtime.db, companyId);
	if (!row?.passwordSecret) throw new AppError('PROVISIONING_NOT_SET');
	const password = runtime.services.secrets.open(row.passwordSecret, secretContext(companyId));
	const connector = row.connector
		? (runtime.services.pbx[row.connector as ConnectorName] ?? null)
		: null;
	return { connector, access: { accountId: row.accountId, password, apiUrl: row.apiUrl } };
}

/** A phone system the portal has no connector for fails at its first step, saying so. */
export async function noConnector(check: Check) {
	await check.run('signIn', async () => {
		throw new StepFailure('checks.pbx.noConnector');
	});
}

/** Test access: signs in with the stored credentials and reads the user list. */
export async function testAccess(
	runtime: Runtime,
	companyId: string,
	locale: Language
): Promise<CheckReport> {
	const { connector, access } = await openAccess(runtime, companyId);
	const check = new Check(runtime.services.limits);
	const result = await check.conclude(() =>
		connector ? connector.testAccess(check, access) : noConnector(check)
	);
	return reportCheck(result, locale);
}
