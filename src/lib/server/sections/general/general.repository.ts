import type { DB } from '../../db';
import { prepared } from '../../db/prepared';

export interface GeneralValues {
	name: string;
	country: string;
	pbxSystem: string;
	firstLanguage: string;
	secondLanguage: string | null;
}

const updateQuery = prepared(
	(db: DB, p: GeneralValues & { companyId: string; expectedVersion: number; now: string }) =>
		db
			.updateTable('company')
			.set((eb) => ({
				name: p.name,
				country: p.country,
				pbx_system_id: p.pbxSystem,
				first_language: p.firstLanguage,
				second_language: p.secondLanguage,
				version: eb('version', '+', 1),
				updated_at: p.now
			}))
			.where('id', '=', p.companyId)
			.where('version', '=', p.expectedVersion)
);

/**
 * Writes the section only if nobody changed it since `expectedVersion` was read: the check and
 * the write are one statement, so two concurrent saves cannot both pass it.
 */
export async function updateGeneral(
	db: DB,
	companyId: string,
	expectedVersion: number,
	values: GeneralValues,
	now: Date
): Promise<boolean> {
	const { numAffectedRows } = await updateQuery(db, {
		...values,
		companyId,
		expectedVersion,
		now: now.toISOString()
	});
	return (numAffectedRows ?? 0n) > 0n;
}
