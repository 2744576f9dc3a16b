import type { Kysely } from 'kysely';

// Each outbound check a company runs (PBX or mail), so that the portal cannot be used to scan a
// network: a company gets a bounded number of checks per window. Epoch ms, like sign-in failures.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('outbound_check')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('at', 'integer', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('outbound_check_company_at_idx')
		.on('outbound_check')
		.columns(['company_id', 'at'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('outbound_check').execute();
}
