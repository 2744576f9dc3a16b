import type { Kysely } from 'kysely';

// Issue 5: PBX connectors per phone system, the write-only provisioning and assistant-mailbox
// secrets (AES-256-GCM text sealed under a key kept outside this database), users and phone
// numbers imported from the PBX (matched on the PBX's own ids), and the mail access connection.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// connector: which built-in connector speaks to this phone system (null: none yet).
	// api_url: where it is, set by the operator for the network connectors.
	await db.schema.alterTable('phone_system').addColumn('connector', 'text').execute();
	await db.schema.alterTable('phone_system').addColumn('api_url', 'text').execute();
	await db
		.insertInto('phone_system')
		.values([
			{ id: 'demo-pbx', name: 'Demo PBX', sort_order: 9, connector: 'demo', api_url: null },
			{ id: 'wazo', name: 'Wazo Platform', sort_order: 4, connector: 'wazo', api_url: null }
		])
		.execute();

	await db.schema.alterTable('provisioning_access').addColumn('password_secret', 'text').execute();
	await db.schema.alterTable('provisioning_access').addColumn('password_set_at', 'text').execute();
	await db.schema.alterTable('company').addColumn('assistant_mailbox_secret', 'text').execute();
	await db.schema.alterTable('company').addColumn('assistant_mailbox_set_at', 'text').execute();

	// "<phone system>:<the PBX's id>", so that a second import finds what the first one made.
	await db.schema.alterTable('company_user').addColumn('pbx_ref', 'text').execute();
	await db.schema
		.createIndex('company_user_pbx_ref_unique')
		.on('company_user')
		.columns(['company_id', 'pbx_ref'])
		.unique()
		.execute();

	await db.schema
		.createTable('phone_number')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('number', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('pbx_ref', 'text')
		.addColumn('user_id', 'text', (c) => c.references('company_user.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('phone_number_number_unique', ['company_id', 'number'])
		.addUniqueConstraint('phone_number_pbx_ref_unique', ['company_id', 'pbx_ref'])
		.execute();

	await db.schema
		.createTable('mail_access')
		.addColumn('company_id', 'text', (c) =>
			c.primaryKey().references('company.id').onDelete('cascade')
		)
		.addColumn('server_type', 'text', (c) => c.notNull())
		.addColumn('host', 'text', (c) => c.notNull())
		.addColumn('port', 'integer', (c) => c.notNull())
		.addColumn('security', 'text', (c) => c.notNull())
		.addColumn('mail_domain', 'text', (c) => c.notNull())
		.addColumn('smtp_host', 'text', (c) => c.notNull())
		.addColumn('smtp_port', 'integer', (c) => c.notNull())
		.addColumn('smtp_security', 'text', (c) => c.notNull())
		// Set when the last test of exactly these settings passed; null otherwise.
		.addColumn('validated_at', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	// The company's last mail test: a digest of the settings it ran with, and its outcome.
	await db.schema
		.createTable('mail_access_test')
		.addColumn('company_id', 'text', (c) =>
			c.primaryKey().references('company.id').onDelete('cascade')
		)
		.addColumn('settings_digest', 'text', (c) => c.notNull())
		.addColumn('ok', 'integer', (c) => c.notNull())
		.addColumn('tested_at', 'text', (c) => c.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('mail_access_test').execute();
	await db.schema.dropTable('mail_access').execute();
	await db.schema.dropTable('phone_number').execute();
	await db.schema.dropIndex('company_user_pbx_ref_unique').execute();
	await db.schema.alterTable('company_user').dropColumn('pbx_ref').execute();
	await db.schema.alterTable('company').dropColumn('assistant_mailbox_set_at').execute();
	await db.schema.alterTable('company').dropColumn('assistant_mailbox_secret').execute();
	await db.schema.alterTable('provisioning_access').dropColumn('password_set_at').execute();
	await db.schema.alterTable('provisioning_access').dropColumn('password_secret').execute();
	await db.deleteFrom('phone_system').where('id', 'in', ['demo-pbx', 'wazo']).execute();
	await db.schema.alterTable('phone_system').dropColumn('api_url').execute();
	await db.schema.alterTable('phone_system').dropColumn('connector').execute();
}
