import { type Kysely, sql } from 'kysely';

// Issue 6: what the embedded billing computes statements from. A subscription is one user
// holding one package from a day (inclusive) until a day (exclusive; null while it lasts); it
// outlives the user, so past statements stay as they were. Call records are what the PBX
// reports, per user. A bill unlock belongs to one session and ends with it.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('subscription')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('package_id', 'text', (c) => c.notNull().references('service_package.id'))
		.addColumn('started_on', 'text', (c) => c.notNull())
		.addColumn('ended_on', 'text')
		.execute();
	await db.schema
		.createIndex('subscription_company_idx')
		.on('subscription')
		.columns(['company_id', 'started_on'])
		.execute();
	await db.schema
		.createIndex('subscription_user_idx')
		.on('subscription')
		.column('user_id')
		.execute();

	// Users who hold packages already have held them since they were created.
	await db
		.insertInto('subscription')
		.columns(['company_id', 'user_id', 'package_id', 'started_on'])
		.expression((eb) =>
			eb
				.selectFrom('user_package as up')
				.innerJoin('company_user as u', 'u.id', 'up.user_id')
				.select([
					'u.company_id',
					'u.id',
					'up.package_id',
					sql<string>`substr(u.created_at, 1, 10)`.as('started_on')
				])
		)
		.execute();

	await db.schema
		.createTable('call_record')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('duration_seconds', 'integer', (c) => c.notNull())
		.addCheckConstraint('call_record_duration', sql`duration_seconds >= 0`)
		.execute();
	await db.schema
		.createIndex('call_record_company_idx')
		.on('call_record')
		.columns(['company_id', 'started_at'])
		.execute();

	await db.schema
		.createTable('bill_unlock')
		.addColumn('session_id', 'text', (c) =>
			c.primaryKey().references('session.id').onDelete('cascade')
		)
		.addColumn('expires_at', 'integer', (c) => c.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('bill_unlock').execute();
	await db.schema.dropTable('call_record').execute();
	await db.schema.dropTable('subscription').execute();
}
