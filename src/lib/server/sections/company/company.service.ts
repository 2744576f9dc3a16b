import { randomUUID } from 'node:crypto';
import type { CompanyCreate } from '$lib/schemas/company';
import { hashPassword } from '../../auth/password';
import type { DB } from '../../db';
import { isUniqueViolation } from '../../db/errors';
import { AppError } from '../../errors';
import { emailInUse, insertAdministrator } from '../administrator/administrator.repository';
import { listPhoneSystems } from '../meta/meta.repository';
import { allowPackages, listCatalogueIds, setChoice } from '../packages/packages.repository';
import { insertCompany, insertProvisioningAccess } from './company.repository';

export interface CompanyExtras {
	secondLanguage?: CompanyCreate['language'];
	adminPhone?: string;
	assistant?: { name: string; email: string };
	/** The password is sealed by the caller, for the company id it is given. */
	provisioning?: {
		pbxSystem: string;
		accountId: string;
		sealPassword?: (companyId: string) => string;
	};
	subscriptionKeys?: number;
	/** Packages offered from the start, the first of them Default (the demo's). */
	offered?: string[];
}

/** Creates a company and its administrator together, or nothing. */
export async function createCompany(
	db: DB,
	input: CompanyCreate,
	extras: CompanyExtras = {}
): Promise<{ companyId: string; administratorId: string }> {
	const systems = await listPhoneSystems(db);
	const pbxSystem = input.pbxSystem ?? systems[0]?.id;
	if (!systems.some((s) => s.id === pbxSystem))
		throw new AppError('UNKNOWN_PHONE_SYSTEM', 'pbxSystem');
	if (await emailInUse(db, input.adminEmail)) throw new AppError('EMAIL_TAKEN', 'adminEmail');

	const passwordHash = await hashPassword(input.adminPassword);
	const now = new Date().toISOString();
	const companyId = randomUUID();
	const administratorId = randomUUID();
	try {
		await db.transaction().execute(async (trx) => {
			await insertCompany(trx, {
				id: companyId,
				name: input.name,
				country: input.country,
				pbx_system_id: pbxSystem,
				first_language: input.language,
				second_language: extras.secondLanguage ?? null,
				assistant_name: extras.assistant?.name ?? null,
				assistant_email: extras.assistant?.email ?? null,
				subscription_keys: extras.subscriptionKeys ?? 0,
				created_at: now,
				updated_at: now
			});
			await insertAdministrator(trx, {
				id: administratorId,
				company_id: companyId,
				name: input.adminName,
				email: input.adminEmail,
				password_hash: passwordHash,
				language: input.language,
				phone: extras.adminPhone ?? null,
				created_at: now,
				updated_at: now
			});
			// A new company may offer every package of the catalogue until the operator says otherwise.
			await allowPackages(trx, companyId, await listCatalogueIds(trx));
			for (const [i, packageId] of (extras.offered ?? []).entries()) {
				await setChoice(trx, companyId, packageId, { offered: true, isDefault: i === 0 });
			}
			if (extras.provisioning) {
				const { pbxSystem, accountId, sealPassword } = extras.provisioning;
				await insertProvisioningAccess(trx, {
					company_id: companyId,
					pbx_system_id: pbxSystem,
					account_id: accountId,
					password_secret: sealPassword?.(companyId) ?? null,
					password_set_at: sealPassword ? now : null,
					updated_at: now
				});
			}
		});
	} catch (e) {
		// Another creation took the e-mail between the check above and the insert.
		if (isUniqueViolation(e)) throw new AppError('EMAIL_TAKEN', 'adminEmail');
		throw e;
	}
	return { companyId, administratorId };
}
