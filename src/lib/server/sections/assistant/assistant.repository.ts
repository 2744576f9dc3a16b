import type { DB } from '../../db';

export function findAssistant(db: DB, companyId: string) {
	return db
		.selectFrom('company as c')
		.leftJoin('mail_access as m', 'm.company_id', 'c.id')
		.select([
			'c.assistant_name as name',
			'c.assistant_email as email',
			'c.assistant_mailbox_secret as mailboxSecret',
			'c.assistant_mailbox_set_at as mailboxSetAt',
			'c.version',
			'm.mail_domain as mailDomain'
		])
		.where('c.id', '=', companyId)
		.executeTakeFirst();
}

/** Writes only if the company row is still at `expectedVersion` (one statement, no race). */
export async function updateAssistant(
	db: DB,
	companyId: string,
	expectedVersion: number,
	values: { name: string; email: string; secret?: string },
	now: string
): Promise<boolean> {
	const result = await db
		.updateTable('company')
		.set((eb) => ({
			assistant_name: values.name,
			assistant_email: values.email,
			...(values.secret
				? { assistant_mailbox_secret: values.secret, assistant_mailbox_set_at: now }
				: {}),
			version: eb('version', '+', 1),
			updated_at: now
		}))
		.where('id', '=', companyId)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
