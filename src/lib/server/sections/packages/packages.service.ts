import type { PackagesUpdate } from '$lib/schemas/packages';
import type { DB } from '../../db';
import { AppError } from '../../errors';
import { type Actor, changes, record } from '../../audit/audit';
import { listCompanyPackages, setChoice } from './packages.repository';

export interface PackageView {
	packageId: string;
	name: string;
	/** Minor units of `currency`, as every amount here. */
	baseRate: number;
	includedMinutes: number;
	minuteRate: number;
	currency: string;
	active: boolean;
	offered: boolean;
	isDefault: boolean;
}

export async function listPackages(db: DB, companyId: string): Promise<PackageView[]> {
	const rows = await listCompanyPackages(db, companyId);
	return rows.map((r) => ({
		packageId: r.id,
		name: r.name,
		baseRate: r.base_rate,
		includedMinutes: r.included_minutes,
		minuteRate: r.minute_rate,
		currency: r.currency,
		active: r.active === 1,
		offered: r.offered === 1,
		isDefault: r.is_default === 1
	}));
}

/**
 * Saves the Offer/Default table in one transaction, or nothing. The schema has checked each row
 * (a Default is Offered) and the whole (a Default once anything is offered); here, against the
 * company's packages: each must be one it may offer, and an inactive one cannot be newly picked.
 * Packages left out of `items` keep their choices, and the whole-table rules apply to the result.
 */
export async function savePackages(
	db: DB,
	companyId: string,
	{ items }: PackagesUpdate,
	actor: Actor | null = null
) {
	const current = new Map((await listPackages(db, companyId)).map((p) => [p.packageId, p]));
	for (const [index, item] of items.entries()) {
		const pkg = current.get(item.packageId);
		if (!pkg) throw new AppError('PACKAGE_NOT_AVAILABLE', `items.${index}.packageId`);
		const newlyPicked = (item.offered && !pkg.offered) || (item.isDefault && !pkg.isDefault);
		if (!pkg.active && newlyPicked)
			throw new AppError('PACKAGE_INACTIVE', `items.${index}.offered`);
	}
	const result = new Map(current);
	for (const item of items)
		result.set(item.packageId, { ...current.get(item.packageId)!, ...item });
	const all = [...result.values()];
	if (all.some((p) => p.isDefault && !p.offered)) throw new AppError('DEFAULT_NOT_OFFERED');
	if (all.some((p) => p.offered) && !all.some((p) => p.isDefault))
		throw new AppError('DEFAULT_REQUIRED');

	await db.transaction().execute(async (trx) => {
		for (const item of items) await setChoice(trx, companyId, item.packageId, item);
		const changed = items.flatMap((item) => {
			const was = current.get(item.packageId)!;
			return changes(
				{
					[`${item.packageId}.offered`]: was.offered,
					[`${item.packageId}.default`]: was.isDefault
				},
				{
					[`${item.packageId}.offered`]: item.offered,
					[`${item.packageId}.default`]: item.isDefault
				}
			);
		});
		if (changed.length) {
			await record(trx, {
				companyId,
				actor,
				section: 'packages',
				action: 'update',
				changes: changed
			});
		}
	});
	return listPackages(db, companyId);
}
