import { isLanguage } from '$lib/i18n';
import { countrySchema, type Language } from '$lib/schemas/common';
import type { CountryCode } from '$lib/schemas/countries';
import type { DB } from '../../db';
import { AppError } from '../../errors';
import { displayPhone } from '../../phone';
import { findProfile } from './profile.repository';

export interface GeneralView {
	name: string;
	country: CountryCode;
	pbxSystem: string;
	pbxSystemName: string;
	firstLanguage: Language;
	secondLanguage: Language | null;
	/** Send back as `expectedVersion` with the next update. */
	version: number;
	updatedAt: string;
}

export interface ProfileView {
	company: { id: string; name: string };
	general: GeneralView;
	administrator: {
		name: string;
		email: string;
		language: Language;
		/** E.164, as stored and as administrator.update takes it. */
		phone: string | null;
		/** National format for the company's country, international otherwise. */
		phoneDisplay: string | null;
		version: number;
	};
	/** Secrets appear only as whether they are set. */
	assistant: { name: string | null; email: string | null; mailboxPasswordSet: boolean };
	provisioning: {
		pbxSystem: string;
		pbxSystemName: string;
		accountId: string;
		passwordSet: boolean;
	} | null;
	mailAccess: { serverType: string; host: string; mailDomain: string; validated: boolean } | null;
}

const language = (value: string): Language => (isLanguage(value) ? value : 'en');

export async function getProfile(db: DB, companyId: string): Promise<ProfileView> {
	const row = await findProfile(db, companyId);
	if (!row) throw new AppError('NOT_FOUND');
	return {
		company: { id: row.companyId, name: row.name },
		general: {
			name: row.name,
			// Stored through the same schema; a value that no longer parses is a corrupt row.
			country: countrySchema.parse(row.country),
			pbxSystem: row.pbxSystem,
			pbxSystemName: row.pbxSystemName,
			firstLanguage: language(row.firstLanguage),
			secondLanguage: row.secondLanguage === null ? null : language(row.secondLanguage),
			version: row.version,
			updatedAt: row.updatedAt
		},
		administrator: {
			name: row.adminName,
			email: row.adminEmail,
			language: language(row.adminLanguage),
			phone: row.adminPhone,
			phoneDisplay: row.adminPhone ? displayPhone(row.adminPhone, row.country) : null,
			version: row.adminVersion
		},
		assistant: {
			name: row.assistantName,
			email: row.assistantEmail,
			mailboxPasswordSet: row.assistantMailboxSetAt !== null
		},
		provisioning:
			row.provisioningPbxSystem && row.provisioningAccountId
				? {
						pbxSystem: row.provisioningPbxSystem,
						pbxSystemName: row.provisioningPbxSystemName ?? row.provisioningPbxSystem,
						accountId: row.provisioningAccountId,
						passwordSet: row.provisioningPasswordSetAt !== null
					}
				: null,
		mailAccess:
			row.mailServerType && row.mailHost && row.mailDomain
				? {
						serverType: row.mailServerType,
						host: row.mailHost,
						mailDomain: row.mailDomain,
						validated: row.mailValidatedAt !== null
					}
				: null
	};
}
