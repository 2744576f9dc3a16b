import type { DB } from '../../db';

/** The packages the operator lets this company offer, with its choices, in catalogue order. */
export function listCompanyPackages(db: DB, companyId: string) {
	return db
		.selectFrom('company_package as cp')
		.innerJoin('service_package as p', 'p.id', 'cp.package_id')
		.select([
			'p.id',
			'p.name',
			'p.base_rate',
			'p.included_minutes',
			'p.minute_rate',
			'p.currency',
			'p.active',
			'cp.offered',
			'cp.is_default'
		])
		.where('cp.company_id', '=', companyId)
		.orderBy('p.sort_order')
		.orderBy('p.name')
		.execute();
}

export async function setChoice(
	db: DB,
	companyId: string,
	packageId: string,
	choice: { offered: boolean; isDefault: boolean }
): Promise<void> {
	await db
		.updateTable('company_package')
		.set({ offered: Number(choice.offered), is_default: Number(choice.isDefault) })
		.where('company_id', '=', companyId)
		.where('package_id', '=', packageId)
		.execute();
}

/** Lets a company offer these packages (the operator's decision); existing rows are kept. */
export async function allowPackages(
	db: DB,
	companyId: string,
	packageIds: string[]
): Promise<void> {
	if (packageIds.length === 0) return;
	await db
		.insertInto('company_package')
		.values(packageIds.map((package_id) => ({ company_id: companyId, package_id })))
		.onConflict((oc) => oc.columns(['company_id', 'package_id']).doNothing())
		.execute();
}

export async function listCatalogueIds(db: DB): Promise<string[]> {
	const rows = await db.selectFrom('service_package').select('id').orderBy('sort_order').execute();
	return rows.map((r) => r.id);
}

/** The provider's whole catalogue, for the operator. */
export function listCatalogue(db: DB) {
	return db
		.selectFrom('service_package')
		.selectAll()
		.orderBy('sort_order')
		.orderBy('name')
		.execute();
}

export async function setPackageActive(
	db: DB,
	packageId: string,
	active: boolean
): Promise<boolean> {
	const r = await db
		.updateTable('service_package')
		.set({ active: Number(active) })
		.where('id', '=', packageId)
		.executeTakeFirst();
	return r.numUpdatedRows > 0n;
}

export async function insertPackage(
	db: DB,
	p: {
		id: string;
		name: string;
		baseRate: number;
		includedMinutes: number;
		minuteRate: number;
		currency: string;
	}
): Promise<void> {
	const { max } = await db
		.selectFrom('service_package')
		.select((eb) => eb.fn.max<number>('sort_order').as('max'))
		.executeTakeFirstOrThrow();
	await db
		.insertInto('service_package')
		.values({
			id: p.id,
			name: p.name,
			base_rate: p.baseRate,
			included_minutes: p.includedMinutes,
			minute_rate: p.minuteRate,
			currency: p.currency,
			sort_order: (max ?? 0) + 1
		})
		.execute();
}
