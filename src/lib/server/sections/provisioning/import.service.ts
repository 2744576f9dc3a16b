import { randomUUID } from 'node:crypto';
import type { Language } from '$lib/schemas/common';
import { type CheckReport, reportCheck } from '../../checks';
import type { DB } from '../../db';
import { type Actor, record } from '../../audit/audit';
import { AppError } from '../../errors';
import type { Runtime } from '../../runtime';
import { Check } from '../../services/outbound/check';
import type { PbxNumber, PbxUser } from '../../services/pbx';
import { companyCountry } from '../company/company.repository';
import { inheritedConnection } from '../mail-access/mail-access.service';
import { listPackages } from '../packages/packages.service';
import { insertUser, subscriptionKeys } from '../users/users.repository';
import {
	findAccess,
	insertNumbers,
	linkNumber,
	linkUser,
	localNumbers,
	localUsers
} from './provisioning.repository';
import { describePlan, type ImportPreview, planImport } from './import-plan';
import { noConnector, openAccess } from './provisioning.service';

export type { ImportPreview } from './import-plan';

export interface ImportDone {
	usersAdded: number;
	usersLinked: number;
	numbersAdded: number;
	skipped: number;
}

/** A phase of a running import, for a page that shows progress. */
export type ImportProgress = { phase: 'users' | 'numbers' | 'saving' | 'done' };

async function readPbx(
	runtime: Runtime,
	companyId: string,
	onProgress: (p: ImportProgress) => void = () => {}
) {
	const { connector, access } = await openAccess(runtime, companyId);
	const check = new Check(runtime.services.limits);
	let pbx: { users: PbxUser[]; numbers: PbxNumber[] } | null = null;
	const result = await check.conclude(async () => {
		if (!connector) return noConnector(check);
		const users = await connector.listUsers(check, access);
		onProgress({ phase: 'numbers' });
		const numbers = await connector.listPhoneNumbers(check, access);
		pbx = { users, numbers };
	});
	return { result, pbx: pbx as { users: PbxUser[]; numbers: PbxNumber[] } | null };
}

async function plan(db: DB, companyId: string, pbx: { users: PbxUser[]; numbers: PbxNumber[] }) {
	const [access, country, users, numbers, keys] = await Promise.all([
		findAccess(db, companyId),
		companyCountry(db, companyId),
		localUsers(db, companyId),
		localNumbers(db, companyId),
		subscriptionKeys(db, companyId)
	]);
	const p = planImport(access?.pbxSystem ?? '', country, pbx, { users, numbers });
	return { plan: p, unused: Math.max(0, keys.total - keys.used) };
}

/** What an import would do, read from the PBX now; nothing is written. */
export async function importPreview(
	runtime: Runtime,
	companyId: string,
	locale: Language
): Promise<CheckReport & { preview: ImportPreview | null }> {
	const { result, pbx } = await readPbx(runtime, companyId);
	if (!pbx) return { ...reportCheck(result, locale), preview: null };
	const { plan: p, unused } = await plan(runtime.db, companyId, pbx);
	return { ...reportCheck(result, locale), preview: describePlan(p, pbx, unused) };
}

/**
 * Imports the PBX's users (on subscription keys, with the Default packages) and its numbers (as
 * unused numbers). The plan is made again inside one transaction, so that what is written
 * matches the data at that moment; a second import finds everything by its PBX id and adds
 * nothing. Without enough unused keys for the new users, nothing is written.
 */
export async function runImport(
	runtime: Runtime,
	companyId: string,
	locale: Language,
	onProgress: (p: ImportProgress) => void = () => {},
	actor: Actor | null = null
): Promise<CheckReport & { imported: ImportDone | null }> {
	onProgress({ phase: 'users' });
	const { result, pbx } = await readPbx(runtime, companyId, onProgress);
	if (!pbx) return { ...reportCheck(result, locale), imported: null };
	onProgress({ phase: 'saving' });
	const mailConnection = await inheritedConnection(runtime.db, companyId);
	const defaults = (await listPackages(runtime.db, companyId))
		.filter((p) => p.isDefault)
		.map((p) => p.packageId);
	const imported = await runtime.db.transaction().execute(async (trx) => {
		const { plan: p, unused } = await plan(trx, companyId, pbx);
		if (p.newUsers.length > unused) {
			throw new AppError('IMPORT_NEEDS_KEYS', undefined, { needed: p.newUsers.length, unused });
		}
		const now = new Date().toISOString();
		for (const u of p.newUsers) {
			await insertUser(
				trx,
				{
					id: randomUUID(),
					company_id: companyId,
					first_name: u.firstName,
					last_name: u.lastName,
					email: u.email,
					extension: u.extension,
					mail_connection: mailConnection,
					pbx_ref: u.ref,
					created_at: now
				},
				defaults
			);
		}
		for (const l of p.linkUsers) await linkUser(trx, companyId, l.id, l.ref);
		await insertNumbers(
			trx,
			p.newNumbers.map((n) => ({
				id: randomUUID(),
				company_id: companyId,
				number: n.number,
				type: n.type,
				pbx_ref: n.ref,
				user_id: null,
				created_at: now
			}))
		);
		for (const l of p.linkNumbers) await linkNumber(trx, companyId, l.id, l.ref);
		const done = {
			usersAdded: p.newUsers.length,
			usersLinked: p.linkUsers.length,
			numbersAdded: p.newNumbers.length,
			skipped: p.conflicts.length + p.invalidNumbers.length
		};
		await record(trx, {
			companyId,
			actor,
			section: 'provisioning',
			action: 'import',
			detail: done
		});
		return done;
	});
	onProgress({ phase: 'done' });
	return { ...reportCheck(result, locale), imported };
}
