import { type Kysely, sql } from 'kysely';

// Call restrictions: the service provider's rules (company_id null, read-only for companies)
// and each company's own. A pattern is digits and '?', each '?' one digit.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('call_restriction')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('company_id', 'text', (c) => c.references('company.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('pattern', 'text', (c) => c.notNull())
		// null: the company's own PBX, whichever it is at the time of the call.
		.addColumn('pbx_system_id', 'text', (c) => c.references('phone_system.id'))
		.addColumn('rule', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addCheckConstraint(
			'call_restriction_rule',
			sql`rule in ('allow_some', 'allow_all', 'deny_all')`
		)
		.execute();
	await db.schema
		.createIndex('call_restriction_company_name')
		.on('call_restriction')
		.columns(['company_id', 'name'])
		.unique()
		.execute();
	await db
		.insertInto('call_restriction')
		.values({
			id: 'provider-premium-900',
			company_id: null,
			name: 'Premium 900 numbers',
			pattern: '1900???????',
			pbx_system_id: null,
			rule: 'deny_all',
			created_at: '2026-12-03T17:45:00.000Z'
		})
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('call_restriction').execute();
}
