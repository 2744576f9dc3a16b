import type { AssistantUpdate } from '$lib/schemas/assistant';
import type { Language } from '$lib/schemas/common';
import { type CheckReport, reportCheck } from '../../checks';
import { AppError } from '../../errors';
import { type Actor, changes, record } from '../../audit/audit';
import type { Runtime } from '../../runtime';
import { getMailAccess, type Recipient, testMessage } from '../mail-access/mail-access.service';
import { findAssistant, updateAssistant } from './assistant.repository';

export interface AssistantView {
	name: string | null;
	email: string | null;
	/** When the write-only mailbox password was set; the password itself is never sent. */
	mailboxPasswordSetAt: string | null;
	/** The company's mail domain (from the mail access connection), if set. */
	mailDomain: string | null;
	/** The e-mail is outside the company's mail domain: allowed, but likely a mistake. */
	outsideMailDomain: boolean;
	/** Send back as `expectedVersion` with the next update. */
	version: number;
}

const context = (companyId: string) => `assistant:${companyId}`;

export async function getAssistant({ db }: Runtime, companyId: string): Promise<AssistantView> {
	const row = await findAssistant(db, companyId);
	if (!row) throw new AppError('NOT_FOUND');
	const domain = row.email?.split('@')[1] ?? null;
	return {
		name: row.name,
		email: row.email,
		mailboxPasswordSetAt: row.mailboxSecret ? row.mailboxSetAt : null,
		mailDomain: row.mailDomain,
		outsideMailDomain: Boolean(row.mailDomain && domain && domain !== row.mailDomain),
		version: row.version
	};
}

/** Saves the name and e-mail; a typed mailbox password is sealed, an absent one kept. */
export async function saveAssistant(
	runtime: Runtime,
	companyId: string,
	input: AssistantUpdate,
	actor: Actor | null = null
): Promise<AssistantView> {
	const secret = input.mailboxPassword
		? runtime.services.secrets.seal(input.mailboxPassword, context(companyId))
		: undefined;
	const before = await findAssistant(runtime.db, companyId);
	await runtime.db.transaction().execute(async (trx) => {
		const values = { name: input.name, email: input.email, secret };
		if (
			!(await updateAssistant(
				trx,
				companyId,
				input.expectedVersion,
				values,
				new Date().toISOString()
			))
		) {
			throw new AppError('VERSION_CONFLICT');
		}
		const after = { name: input.name, email: input.email, mailboxPassword: input.mailboxPassword };
		await record(trx, {
			companyId,
			actor,
			section: 'assistant',
			action: 'update',
			changes: changes(before ?? null, after, ['mailboxPassword'])
		});
	});
	return getAssistant(runtime, companyId);
}

/** Sends a test message from the assistant's mailbox to the administrator, step by step. */
export async function checkMailbox(
	runtime: Runtime,
	companyId: string,
	recipient: Recipient,
	locale: Language
): Promise<CheckReport> {
	const [row, settings] = await Promise.all([
		findAssistant(runtime.db, companyId),
		getMailAccess(runtime.db, companyId)
	]);
	if (!settings) throw new AppError('MAIL_ACCESS_NOT_SET');
	if (!row?.email || !row.name) throw new AppError('ASSISTANT_NOT_SET');
	if (!row.mailboxSecret) throw new AppError('SECRET_REQUIRED', 'mailboxPassword');
	const password = runtime.services.secrets.open(row.mailboxSecret, context(companyId));
	const message = testMessage(
		recipient,
		`"${row.name.replace(/"/g, '')}" <${row.email}>`,
		'assistant',
		{ name: row.name }
	);
	const result = await runtime.services.mail.sendFrom(
		settings,
		{ username: row.email, password },
		message
	);
	return reportCheck(result, locale);
}
