import type { Kysely } from 'kysely';

// Failed sign-ins, kept in the database so that throttling survives a restart and holds across
// app processes. One row per failure; old rows are pruned by the app.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('sign_in_failure')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		// The e-mail as typed (case-folded), known account or not, so limits reveal nothing.
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('ip', 'text', (c) => c.notNull())
		.addColumn('at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('sign_in_failure_email_idx')
		.on('sign_in_failure')
		.columns(['email', 'at'])
		.execute();
	await db.schema
		.createIndex('sign_in_failure_ip_idx')
		.on('sign_in_failure')
		.columns(['ip', 'at'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sign_in_failure').execute();
}
