import type { MailSettings } from '$lib/schemas/mail-access';
import type { DB } from '../../db';

export function findMailAccess(db: DB, companyId: string) {
	return db
		.selectFrom('mail_access')
		.select([
			'server_type as serverType',
			'host',
			'port',
			'security',
			'mail_domain as mailDomain',
			'smtp_host as smtpHost',
			'smtp_port as smtpPort',
			'smtp_security as smtpSecurity',
			'validated_at as validatedAt',
			'updated_at as updatedAt'
		])
		.where('company_id', '=', companyId)
		.executeTakeFirst();
}

export async function saveMailAccess(
	db: DB,
	companyId: string,
	s: MailSettings,
	validatedAt: string | null,
	now: string
): Promise<void> {
	const row = {
		server_type: s.serverType,
		host: s.host,
		port: s.port,
		security: s.security,
		mail_domain: s.mailDomain,
		smtp_host: s.smtpHost,
		smtp_port: s.smtpPort,
		smtp_security: s.smtpSecurity,
		validated_at: validatedAt,
		updated_at: now
	};
	await db
		.insertInto('mail_access')
		.values({ company_id: companyId, ...row })
		.onConflict((oc) => oc.column('company_id').doUpdateSet(row))
		.execute();
}

export async function setValidated(db: DB, companyId: string, validatedAt: string | null) {
	await db
		.updateTable('mail_access')
		.set({ validated_at: validatedAt })
		.where('company_id', '=', companyId)
		.execute();
}

export function findLastTest(db: DB, companyId: string) {
	return db
		.selectFrom('mail_access_test')
		.select(['settings_digest as digest', 'ok', 'tested_at as testedAt'])
		.where('company_id', '=', companyId)
		.executeTakeFirst();
}

export async function recordTest(
	db: DB,
	companyId: string,
	digest: string,
	ok: boolean,
	now: string
) {
	const row = { settings_digest: digest, ok: ok ? 1 : 0, tested_at: now };
	await db
		.insertInto('mail_access_test')
		.values({ company_id: companyId, ...row })
		.onConflict((oc) => oc.column('company_id').doUpdateSet(row))
		.execute();
}
