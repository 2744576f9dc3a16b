import type { DB } from '../../db';
import { prepared } from '../../db/prepared';

/** Every section of one company's profile in one statement, whatever the number of companies. */
const profileQuery = prepared((db: DB, { companyId }: { companyId: string }) =>
	db
		.selectFrom('company as c')
		.innerJoin('phone_system as ps', 'ps.id', 'c.pbx_system_id')
		.innerJoin('administrator as a', 'a.company_id', 'c.id')
		.leftJoin('provisioning_access as pa', 'pa.company_id', 'c.id')
		.leftJoin('phone_system as pps', 'pps.id', 'pa.pbx_system_id')
		.leftJoin('mail_access as m', 'm.company_id', 'c.id')
		.select([
			'c.id as companyId',
			'c.name',
			'c.country',
			'c.pbx_system_id as pbxSystem',
			'ps.name as pbxSystemName',
			'c.first_language as firstLanguage',
			'c.second_language as secondLanguage',
			'c.assistant_name as assistantName',
			'c.assistant_email as assistantEmail',
			'c.version',
			'c.updated_at as updatedAt',
			'a.name as adminName',
			'a.email as adminEmail',
			'a.language as adminLanguage',
			'a.phone as adminPhone',
			'a.version as adminVersion',
			'pa.pbx_system_id as provisioningPbxSystem',
			'pps.name as provisioningPbxSystemName',
			'pa.account_id as provisioningAccountId',
			'pa.password_set_at as provisioningPasswordSetAt',
			'c.assistant_mailbox_set_at as assistantMailboxSetAt',
			'm.server_type as mailServerType',
			'm.host as mailHost',
			'm.mail_domain as mailDomain',
			'm.validated_at as mailValidatedAt'
		])
		.where('c.id', '=', companyId)
);

export async function findProfile(db: DB, companyId: string) {
	return (await profileQuery(db, { companyId })).rows[0];
}
