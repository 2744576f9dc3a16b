import { type Actor, record } from '../../audit/audit';
import type { Runtime } from '../../runtime';
import { getAssistant } from '../assistant/assistant.service';
import { restrictionsOf } from '../call-restrictions/call-restrictions.service';
import { getMailAccess } from '../mail-access/mail-access.service';
import { listPackages } from '../packages/packages.service';
import { numbersOf } from '../phone-numbers/phone-numbers.service';
import { getProvisioning } from '../provisioning/provisioning.service';
import { usersOf } from '../users/users.service';
import { getProfile } from './profile.service';

/** Names the document, so that a program reading it can tell what it is and which shape. */
export const EXPORT_FORMAT = { name: 'company-profile-account', version: 1 } as const;

/**
 * The whole company account as one document, for moving it to another system (the FAQ's last
 * question). It is made of the views every other procedure returns, so it holds exactly what the
 * administrator can already read: secrets only as the date they were set, and no bill (that one
 * stays behind the password). Each export is in the audit trail: it holds people's names,
 * e-mail addresses and phone numbers.
 */
export async function exportAccount(runtime: Runtime, companyId: string, actor: Actor | null) {
	const { db } = runtime;
	const [
		profile,
		assistant,
		provisioning,
		mailAccess,
		packages,
		users,
		phoneNumbers,
		callRestrictions
	] = await Promise.all([
		getProfile(db, companyId),
		getAssistant(runtime, companyId),
		getProvisioning(runtime, companyId),
		getMailAccess(db, companyId),
		listPackages(db, companyId),
		usersOf(db, companyId),
		numbersOf(db, companyId),
		restrictionsOf(db, companyId)
	]);
	await record(db, { companyId, actor, section: 'account', action: 'exported' });
	const { version: _generalVersion, ...general } = profile.general;
	const { version: _adminVersion, ...administrator } = profile.administrator;
	const { version: _assistantVersion, ...assistantView } = assistant;
	return {
		format: EXPORT_FORMAT,
		exportedAt: runtime.clock().toISOString(),
		company: profile.company,
		general,
		administrator,
		assistant: assistantView,
		provisioning,
		mailAccess,
		packages,
		subscriptionKeys: users.keys,
		users: users.users,
		phoneNumbers,
		callRestrictions
	};
}

export type AccountExport = Awaited<ReturnType<typeof exportAccount>>;
