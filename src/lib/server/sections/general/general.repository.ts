import type { DB } from '../../db';

export interface GeneralValues {
	name: string;
	country: string;
	pbxSystem: string;
	firstLanguage: string;
	secondLanguage: string | null;
}

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
	const result = await db
		.updateTable('company')
		.set((eb) => ({
			name: values.name,
			country: values.country,
			pbx_system_id: values.pbxSystem,
			first_language: values.firstLanguage,
			second_language: values.secondLanguage,
			version: eb('version', '+', 1),
			updated_at: now.toISOString()
		}))
		.where('id', '=', companyId)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
