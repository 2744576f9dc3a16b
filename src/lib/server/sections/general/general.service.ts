import type { GeneralUpdate } from '$lib/schemas/general';
import { type Actor, changes, record } from '../../audit/audit';
import type { Runtime } from '../../runtime';
import { AppError } from '../../errors';
import { findPhoneSystemName } from '../meta/meta.repository';
import { getProfile, type GeneralView } from '../profile/profile.service';
import { updateGeneral } from './general.repository';

/**
 * Saves the General information. The schema has checked the shapes; the rules that depend on
 * this deployment (its languages, its phone systems) and on the stored version are checked here.
 */
export async function saveGeneral(
	{ db, config }: Runtime,
	companyId: string,
	input: GeneralUpdate,
	actor: Actor | null = null
): Promise<GeneralView> {
	const supported = config.SUPPORTED_LANGUAGES;
	if (!supported.includes(input.firstLanguage)) {
		throw new AppError('LANGUAGE_NOT_SUPPORTED', 'firstLanguage');
	}
	if (input.secondLanguage !== null) {
		if (supported.length < 2) throw new AppError('SECOND_LANGUAGE_UNAVAILABLE', 'secondLanguage');
		if (!supported.includes(input.secondLanguage)) {
			throw new AppError('LANGUAGE_NOT_SUPPORTED', 'secondLanguage');
		}
	}
	if ((await findPhoneSystemName(db, input.pbxSystem)) === undefined) {
		throw new AppError('UNKNOWN_PHONE_SYSTEM', 'pbxSystem');
	}
	const { expectedVersion, ...values } = input;
	const before = (await getProfile(db, companyId)).general;
	await db.transaction().execute(async (trx) => {
		if (!(await updateGeneral(trx, companyId, expectedVersion, values, new Date()))) {
			throw new AppError('VERSION_CONFLICT');
		}
		await record(trx, {
			companyId,
			actor,
			section: 'general',
			action: 'update',
			changes: changes(before, values)
		});
	});
	return (await getProfile(db, companyId)).general;
}
