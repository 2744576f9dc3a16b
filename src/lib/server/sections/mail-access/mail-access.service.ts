import { createHash } from 'node:crypto';
import { translate } from '$lib/i18n';
import type { Language } from '$lib/schemas/common';
import type { MailSettings, MailTest } from '$lib/schemas/mail-access';
import { mailSettingsSchema } from '$lib/schemas/mail-access';
import { type Actor, changes, record } from '../../audit/audit';
import { type CheckReport, reportCheck } from '../../checks';
import type { DB } from '../../db';
import type { Runtime } from '../../runtime';
import type { Detected, TestMessage } from '../../services/mail';
import {
	findLastTest,
	findMailAccess,
	recordTest,
	saveMailAccess,
	setValidated
} from './mail-access.repository';

export interface MailAccessView extends MailSettings {
	/** The last test of exactly these settings passed (at validatedAt): new users get them. */
	validated: boolean;
	validatedAt: string | null;
	updatedAt: string;
}

/** Who reads the test message, in which language. */
export interface Recipient {
	email: string;
	language: Language;
}

/** A digest of the settings, so that "validated" means "tested with exactly these". */
export function settingsDigest(s: MailSettings): string {
	const canonical = mailSettingsSchema.parse(s);
	const fields = [
		canonical.serverType,
		canonical.host,
		canonical.port,
		canonical.security,
		canonical.mailDomain,
		canonical.smtpHost,
		canonical.smtpPort,
		canonical.smtpSecurity
	];
	return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export async function getMailAccess(db: DB, companyId: string): Promise<MailAccessView | null> {
	const row = await findMailAccess(db, companyId);
	if (!row) return null;
	// Stored through the same schema; a row that no longer parses is a corrupt row.
	const settings = mailSettingsSchema.parse(row);
	return {
		...settings,
		validated: row.validatedAt !== null,
		validatedAt: row.validatedAt,
		updatedAt: row.updatedAt
	};
}

/** Saves the settings, validated when the company's last test passed with exactly these. */
export async function saveMail(
	db: DB,
	companyId: string,
	input: MailSettings,
	actor: Actor | null = null
): Promise<MailAccessView> {
	const [last, before] = await Promise.all([
		findLastTest(db, companyId),
		findMailAccess(db, companyId)
	]);
	const validatedAt = last?.ok && last.digest === settingsDigest(input) ? last.testedAt : null;
	await db.transaction().execute(async (trx) => {
		await saveMailAccess(trx, companyId, input, validatedAt, new Date().toISOString());
		const after = { ...input, validated: validatedAt !== null };
		const was = before ? { ...before, validated: before.validatedAt !== null } : null;
		await record(trx, {
			companyId,
			actor,
			section: 'mailAccess',
			action: 'update',
			changes: changes(was, after)
		});
	});
	return (await getMailAccess(db, companyId))!;
}

export function testMessage(
	to: Recipient,
	from: string,
	kind: 'mailAccess' | 'assistant',
	vars: Record<string, string> = {}
): TestMessage {
	return {
		from,
		to: to.email,
		subject: translate(to.language, `checks.message.${kind}.subject`, vars),
		text: translate(to.language, `checks.message.${kind}.text`, vars)
	};
}

/**
 * Tests settings (saved or not) step by step, with a login typed for this test only, and sends
 * the test message to the administrator. The outcome is recorded against the settings' digest:
 * it validates (or, failing, unvalidates) the saved connection when they are the saved ones.
 */
export async function testMail(
	{ db, services }: Runtime,
	companyId: string,
	recipient: Recipient,
	input: MailTest,
	locale: Language
): Promise<CheckReport & { validated: boolean }> {
	const { login, ...settings } = input;
	const from = login?.username.includes('@') ? login.username : `postmaster@${settings.mailDomain}`;
	const result = await services.mail.testConnection(
		settings,
		login,
		testMessage(recipient, from, 'mailAccess')
	);
	const now = new Date().toISOString();
	const digest = settingsDigest(settings);
	await recordTest(db, companyId, digest, result.ok, now);
	const saved = await getMailAccess(db, companyId);
	const isSaved = saved !== null && settingsDigest(saved) === digest;
	if (isSaved) await setValidated(db, companyId, result.ok ? now : null);
	return { ...reportCheck(result, locale), validated: isSaved && result.ok };
}

export function detectMail({ services }: Runtime, mailDomain: string): Promise<Detected> {
	return services.mail.detect(mailDomain);
}

/** The validated connection new users inherit, as users.create stores it; null when none. */
export async function inheritedConnection(db: DB, companyId: string): Promise<string | null> {
	const access = await getMailAccess(db, companyId);
	if (!access?.validated) return null;
	const { serverType, host, port, security, smtpHost, smtpPort, smtpSecurity } = access;
	return JSON.stringify({ serverType, host, port, security, smtpHost, smtpPort, smtpSecurity });
}
