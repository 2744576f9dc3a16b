import type { Kysely } from 'kysely';

// The provider's catalogue of service packages, the packages each company may offer (set by the
// operator) with its Offer/Default choices, subscription keys, and the company's users with
// the packages they hold. Money is integer minor units (cents) with its ISO 4217 currency.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('service_package')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('base_rate', 'integer', (c) => c.notNull())
		.addColumn('included_minutes', 'integer', (c) => c.notNull())
		.addColumn('minute_rate', 'integer', (c) => c.notNull())
		.addColumn('currency', 'text', (c) => c.notNull())
		.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db
		.insertInto('service_package')
		.values([
			{
				id: 'essential',
				name: 'Essential',
				base_rate: 1500,
				included_minutes: 300,
				minute_rate: 5,
				currency: 'CAD',
				active: 1,
				sort_order: 1
			},
			{
				id: 'business',
				name: 'Business',
				base_rate: 3000,
				included_minutes: 1000,
				minute_rate: 4,
				currency: 'CAD',
				active: 1,
				sort_order: 2
			},
			{
				id: 'unlimited',
				name: 'Unlimited',
				base_rate: 6000,
				included_minutes: 10000,
				minute_rate: 2,
				currency: 'CAD',
				active: 1,
				sort_order: 3
			},
			{
				id: 'legacy-voice',
				name: 'Legacy Voice',
				base_rate: 1200,
				included_minutes: 200,
				minute_rate: 8,
				currency: 'CAD',
				active: 0,
				sort_order: 4
			}
		])
		.execute();

	// A row means the operator lets the company offer the package.
	await db.schema
		.createTable('company_package')
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('package_id', 'text', (c) => c.notNull().references('service_package.id'))
		.addColumn('offered', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('company_package_pk', ['company_id', 'package_id'])
		.execute();

	// Companies that exist already may offer the whole catalogue, as new ones do.
	await db
		.insertInto('company_package')
		.columns(['company_id', 'package_id'])
		.expression((eb) =>
			eb
				.selectFrom('company')
				.innerJoin('service_package', (j) => j.onTrue())
				.select(['company.id', 'service_package.id as package_id'])
		)
		.execute();

	await db.schema
		.alterTable('company')
		.addColumn('subscription_keys', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();

	await db.schema
		.createTable('company_user')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('company_id', 'text', (c) =>
			c.notNull().references('company.id').onDelete('cascade')
		)
		.addColumn('first_name', 'text', (c) => c.notNull())
		.addColumn('last_name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('extension', 'text', (c) => c.notNull())
		// The validated mail access connection the user inherited (none until mail access exists).
		.addColumn('mail_connection', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('company_user_email_unique', ['company_id', 'email'])
		.addUniqueConstraint('company_user_extension_unique', ['company_id', 'extension'])
		.execute();

	await db.schema
		.createTable('user_package')
		.addColumn('user_id', 'text', (c) =>
			c.notNull().references('company_user.id').onDelete('cascade')
		)
		.addColumn('package_id', 'text', (c) => c.notNull().references('service_package.id'))
		.addPrimaryKeyConstraint('user_package_pk', ['user_id', 'package_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('user_package').execute();
	await db.schema.dropTable('company_user').execute();
	await db.schema.alterTable('company').dropColumn('subscription_keys').execute();
	await db.schema.dropTable('company_package').execute();
	await db.schema.dropTable('service_package').execute();
}
