import { type Kysely, sql } from 'kysely';

// Frozen in time: this file describes the schema as of its date and imports no app code.
// Timestamps are ISO-8601 UTC text, except session expiry, which Lucia compares as epoch ms.

// Kysely's docs type migration databases as Kysely<any>: a migration must not depend on the
// app's current table types, which describe the latest schema, not this one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('phone_system')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('sort_order', 'integer', (c) => c.notNull())
		.execute();

	await db
		.insertInto('phone_system')
		.values([
			{ id: 'ets-asterisk', name: 'ETS Cloud PBX (Asterisk)', sort_order: 1 },
			{ id: 'broadworks', name: 'BroadSoft BroadWorks', sort_order: 2 },
			{ id: 'generic-ip-pbx', name: 'Generic IP-PBX', sort_order: 3 }
		])
		.execute();

	await db.schema
		.createTable('company')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('country', 'text', (c) => c.notNull())
		.addColumn('pbx_system_id', 'text', (c) => c.notNull().references('phone_system.id'))
		.addColumn('first_language', 'text', (c) => c.notNull())
		.addColumn('second_language', 'text')
		.addColumn('assistant_name', 'text')
		.addColumn('assistant_email', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addCheckConstraint(
			'company_languages_differ',
			sql`second_language is null or second_language <> first_language`
		)
		.execute();

	await db.schema
		.createTable('administrator')
		.addColumn('id', 'text', (c) => c.primaryKey())
		// One administrator per company for now; the unique index can be dropped later.
		.addColumn('company_id', 'text', (c) =>
			c.notNull().unique().references('company.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		// Stored case-folded (lower case), so uniqueness and sign-in ignore case.
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
		.addColumn('phone', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('provisioning_access')
		.addColumn('company_id', 'text', (c) =>
			c.primaryKey().references('company.id').onDelete('cascade')
		)
		.addColumn('pbx_system_id', 'text', (c) => c.notNull().references('phone_system.id'))
		.addColumn('account_id', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	// Lucia's session shape. The id column holds the SHA-256 of the cookie's token, never the token.
	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('administrator_id', 'text', (c) =>
			c.notNull().references('administrator.id').onDelete('cascade')
		)
		.addColumn('expires_at', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('ip', 'text')
		.addColumn('user_agent', 'text')
		.execute();
	await db.schema
		.createIndex('session_administrator_idx')
		.on('session')
		.column('administrator_id')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'session',
		'provisioning_access',
		'administrator',
		'company',
		'phone_system'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
