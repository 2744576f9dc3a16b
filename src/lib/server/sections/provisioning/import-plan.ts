import type { PbxNumber, PbxUser } from '../../services/pbx';
import { toE164 } from '../../phone';

// What an import of the PBX's users and numbers would do, computed without touching anything:
// the preview shows it, and the import recomputes it inside its transaction.

export interface LocalUser {
	id: string;
	email: string;
	extension: string;
	pbxRef: string | null;
}

export interface LocalNumber {
	id: string;
	number: string;
	pbxRef: string | null;
}

export type ConflictReason = 'incomplete' | 'extensionTaken' | 'duplicate';

export interface ImportPlan {
	newUsers: (PbxUser & { ref: string; email: string; extension: string })[];
	/** Local users made by hand that the PBX also has (same e-mail): linked, not duplicated. */
	linkUsers: { id: string; ref: string }[];
	existingUsers: number;
	conflicts: {
		firstName: string;
		lastName: string;
		extension: string | null;
		reason: ConflictReason;
	}[];
	newNumbers: { ref: string; number: string; type: PbxNumber['type'] }[];
	linkNumbers: { id: string; ref: string }[];
	existingNumbers: number;
	invalidNumbers: string[];
}

const EXTENSION = /^\d{1,6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function planImport(
	pbxSystem: string,
	country: string,
	pbx: { users: PbxUser[]; numbers: PbxNumber[] },
	local: { users: LocalUser[]; numbers: LocalNumber[] }
): ImportPlan {
	const plan: ImportPlan = {
		newUsers: [],
		linkUsers: [],
		existingUsers: 0,
		conflicts: [],
		newNumbers: [],
		linkNumbers: [],
		existingNumbers: 0,
		invalidNumbers: []
	};
	const ref = (id: string) => `${pbxSystem}:${id}`;

	const byRef = new Set(local.users.map((u) => u.pbxRef).filter(Boolean));
	const byEmail = new Map(local.users.filter((u) => !u.pbxRef).map((u) => [u.email, u]));
	const extensions = new Set(local.users.map((u) => u.extension));
	const emails = new Set(local.users.map((u) => u.email));
	for (const user of pbx.users) {
		const r = ref(user.pbxId);
		if (byRef.has(r)) {
			plan.existingUsers++;
			continue;
		}
		const email = user.email?.trim().toLowerCase() ?? '';
		const linked = byEmail.get(email);
		if (linked) {
			plan.linkUsers.push({ id: linked.id, ref: r });
			byEmail.delete(email);
			plan.existingUsers++;
			continue;
		}
		const conflict = (reason: ConflictReason) =>
			plan.conflicts.push({
				firstName: user.firstName,
				lastName: user.lastName,
				extension: user.extension,
				reason
			});
		const extension = user.extension ?? '';
		if (!EMAIL.test(email) || !EXTENSION.test(extension) || !(user.firstName || user.lastName)) {
			conflict('incomplete');
		} else if (extensions.has(extension)) {
			conflict(local.users.some((u) => u.extension === extension) ? 'extensionTaken' : 'duplicate');
		} else if (emails.has(email)) {
			conflict('duplicate');
		} else {
			extensions.add(extension);
			emails.add(email);
			plan.newUsers.push({
				...user,
				firstName: user.firstName || user.lastName,
				lastName: user.lastName || user.firstName,
				ref: r,
				email,
				extension
			});
		}
	}

	const numberRefs = new Set(local.numbers.map((n) => n.pbxRef).filter(Boolean));
	const byNumber = new Map(local.numbers.map((n) => [n.number, n]));
	for (const n of pbx.numbers) {
		const r = ref(n.pbxId);
		if (numberRefs.has(r)) {
			plan.existingNumbers++;
			continue;
		}
		const e164 = toE164(n.number, country);
		if (!e164) {
			plan.invalidNumbers.push(n.number);
			continue;
		}
		const known = byNumber.get(e164);
		if (known) {
			if (!known.pbxRef) plan.linkNumbers.push({ id: known.id, ref: r });
			plan.existingNumbers++;
			continue;
		}
		byNumber.set(e164, { id: '', number: e164, pbxRef: r });
		plan.newNumbers.push({ ref: r, number: e164, type: n.type });
	}
	return plan;
}

export interface ImportPreview {
	users: { total: number; new: number; existing: number; conflicts: ImportPlan['conflicts'] };
	numbers: { total: number; new: number; existing: number; invalid: string[] };
	keys: { needed: number; unused: number; enough: boolean };
}

/** The preview an administrator sees of a plan. */
export function describePlan(
	p: ImportPlan,
	pbx: { users: PbxUser[]; numbers: PbxNumber[] },
	unused: number
): ImportPreview {
	return {
		users: {
			total: pbx.users.length,
			new: p.newUsers.length,
			existing: p.existingUsers,
			conflicts: p.conflicts
		},
		numbers: {
			total: pbx.numbers.length,
			new: p.newNumbers.length,
			existing: p.existingNumbers,
			invalid: p.invalidNumbers
		},
		keys: { needed: p.newUsers.length, unused, enough: p.newUsers.length <= unused }
	};
}
