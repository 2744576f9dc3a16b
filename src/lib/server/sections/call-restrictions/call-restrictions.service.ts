import { randomUUID } from 'node:crypto';
import { applicableRestriction, type Rule } from '$lib/call-restrictions';
import type { RestrictionCreate, RestrictionUpdate } from '$lib/schemas/call-restrictions';
import type { DB } from '../../db';
import { AppError } from '../../errors';
import { type Actor, changes, record, removal } from '../../audit/audit';
import { findPhoneSystemName } from '../meta/meta.repository';
import {
	deleteRestriction,
	findRestriction,
	insertRestriction,
	listRestrictions,
	nameTaken,
	updateRestriction
} from './call-restrictions.repository';

export interface RestrictionView {
	id: string;
	name: string;
	pattern: string;
	/** null: the company's own PBX. */
	pbxSystem: string | null;
	pbxSystemName: string | null;
	rule: Rule;
	/** Provider rules are shown, and cannot be changed or removed by the company. */
	origin: 'provider' | 'company';
}

export async function restrictionsOf(db: DB, companyId: string): Promise<RestrictionView[]> {
	const rows = await listRestrictions(db, companyId);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		pattern: r.pattern,
		pbxSystem: r.pbx_system_id,
		pbxSystemName: r.pbx_name,
		rule: r.rule,
		origin: r.company_id === null ? 'provider' : 'company'
	}));
}

/** The company's own rule `id`, or the reason it cannot be changed. */
async function ownRule(db: DB, companyId: string, id: string) {
	const found = await findRestriction(db, id);
	if (!found || (found.company_id !== null && found.company_id !== companyId))
		throw new AppError('NOT_FOUND');
	if (found.company_id === null) throw new AppError('RESTRICTION_READ_ONLY');
	return found;
}

/** Checks the values against the company's data; returns the name of the chosen phone system. */
async function checkValues(db: DB, companyId: string, input: RestrictionCreate, exceptId?: string) {
	const pbxSystemName =
		input.pbxSystem === null ? null : await findPhoneSystemName(db, input.pbxSystem);
	if (pbxSystemName === undefined) throw new AppError('UNKNOWN_PHONE_SYSTEM', 'pbxSystem');
	if (await nameTaken(db, companyId, input.name, exceptId)) {
		throw new AppError('RESTRICTION_NAME_TAKEN', 'name');
	}
	return pbxSystemName;
}

const columns = (input: RestrictionCreate) => ({
	name: input.name,
	pattern: input.pattern,
	pbx_system_id: input.pbxSystem,
	rule: input.rule
});

// What was just written, as restrictionsOf shows it; no need to read the list back.
const view = (
	id: string,
	input: RestrictionCreate,
	pbxSystemName: string | null
): RestrictionView => ({
	id,
	name: input.name,
	pattern: input.pattern,
	pbxSystem: input.pbxSystem,
	pbxSystemName,
	rule: input.rule,
	origin: 'company'
});

/** The audited fields of a stored rule, named as the API names them. */
const storedFields = (r: {
	name: string;
	pattern: string;
	pbx_system_id: string | null;
	rule: string;
}) => ({
	name: r.name,
	pattern: r.pattern,
	pbxSystem: r.pbx_system_id,
	rule: r.rule
});

const fields = (r: RestrictionCreate) => ({
	name: r.name,
	pattern: r.pattern,
	pbxSystem: r.pbxSystem,
	rule: r.rule
});

export async function createRestriction(
	db: DB,
	companyId: string,
	input: RestrictionCreate,
	actor: Actor | null = null
) {
	const pbxSystemName = await checkValues(db, companyId, input);
	const id = randomUUID();
	const created_at = new Date().toISOString();
	await db.transaction().execute(async (trx) => {
		await insertRestriction(trx, { id, company_id: companyId, created_at, ...columns(input) });
		await record(trx, {
			companyId,
			actor,
			section: 'callRestrictions',
			action: 'create',
			changes: changes(null, fields(input))
		});
	});
	return view(id, input, pbxSystemName);
}

export async function changeRestriction(
	db: DB,
	companyId: string,
	input: RestrictionUpdate,
	actor: Actor | null = null
) {
	const before = await ownRule(db, companyId, input.id);
	const pbxSystemName = await checkValues(db, companyId, input, input.id);
	await db.transaction().execute(async (trx) => {
		await updateRestriction(trx, companyId, input.id, columns(input));
		await record(trx, {
			companyId,
			actor,
			section: 'callRestrictions',
			action: 'update',
			changes: changes(storedFields(before), fields(input))
		});
	});
	return view(input.id, input, pbxSystemName);
}

export async function removeRestriction(
	db: DB,
	companyId: string,
	id: string,
	actor: Actor | null = null
): Promise<void> {
	const before = await ownRule(db, companyId, id);
	await db.transaction().execute(async (trx) => {
		await deleteRestriction(trx, companyId, id);
		await record(trx, {
			companyId,
			actor,
			section: 'callRestrictions',
			action: 'remove',
			changes: removal(storedFields(before))
		});
	});
}

/** Which rule applies to a dialled number, and what happens to the call. */
export async function checkNumber(db: DB, companyId: string, number: string) {
	const restriction = applicableRestriction(await restrictionsOf(db, companyId), number);
	return { restriction, outcome: restriction?.rule ?? ('allow_all' as Rule) };
}
