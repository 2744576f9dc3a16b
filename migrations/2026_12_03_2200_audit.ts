import { type Kysely, sql } from 'kysely';

// Issue 7: the audit trail. One row per change or security event of a company, written in the
// same transaction as the change. Append-only: a trigger refuses any UPDATE; rows leave only
// by age (AUDIT_RETENTION_DAYS) or with their company.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('audit_event')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('actor', 'text')
		.addColumn('session', 'text')
		.addColumn('ip', 'text')
		.addColumn('user_agent', 'text')
		.addColumn('section', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('changes', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('detail', 'text')
		.execute();
	await db.schema
		.createIndex('audit_event_company_idx')
		.on('audit_event')
		.columns(['company_id', 'id'])
		.execute();
	await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
	await sql`create trigger audit_event_append_only before update on audit_event
		begin select raise(abort, 'the audit trail is append-only'); end`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('audit_event').execute();
}
