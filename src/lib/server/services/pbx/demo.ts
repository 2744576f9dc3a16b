import { timingSafeEqual } from 'node:crypto';
import type { Check } from '../outbound/check';
import { StepFailure } from '../outbound/check';
import type { NumberType, PbxAccess, PbxConnector, PbxNumber, PbxUser } from './types';

/**
 * The Demo PBX: built in, so that the demo company's Test access and Import work without a
 * phone system on the network. It is a fake, and says so: it stands where a real PBX cannot run
 * here, behind the same interface the network connectors (wazo.ts) fill.
 */
export const DEMO_PBX_ACCOUNT = 'demo-provisioning';
export const DEMO_PBX_PASSWORD = 'demo-pbx-password';

// 24 users: the demo company's 25 subscription keys hold them all, so its first import works.
const FIRST = ['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'Félix', 'Gabrielle', 'Hugo'];
const LAST = ['Tremblay', 'Gagnon', 'Roy'];

const USERS: PbxUser[] = LAST.flatMap((last, i) =>
	FIRST.map((first, j) => {
		const n = i * FIRST.length + j;
		const local = `${first}.${last}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		return {
			pbxId: `demo-user-${n + 1}`,
			firstName: first,
			lastName: last,
			email: `${local}@demo.example`,
			extension: String(201 + n)
		};
	})
);

// 555-0100 to 555-0199 are reserved for fiction in North America.
const NUMBERS: PbxNumber[] = Array.from({ length: 36 }, (_, n) => {
	const type: NumberType = n % 12 === 11 ? 'voice_fax' : n % 6 === 5 ? 'fax' : 'voice';
	return {
		pbxId: `demo-did-${n + 1}`,
		number: `+1514555${String(100 + n).padStart(4, '0')}`,
		type
	};
});

function same(a: string, b: string) {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

async function signIn(check: Check, access: PbxAccess) {
	await check.run('signIn', async () => {
		if (!same(access.accountId, DEMO_PBX_ACCOUNT) || !same(access.password, DEMO_PBX_PASSWORD)) {
			throw new StepFailure('checks.signIn.rejected', { account: access.accountId });
		}
		return { value: undefined, key: 'checks.signIn.ok', params: { account: access.accountId } };
	});
}

export const demoPbx: PbxConnector = {
	async testAccess(check, access) {
		await signIn(check, access);
		await this.listUsers(check, access);
	},
	async listUsers(check, access) {
		if (!check.steps.some((s) => s.step === 'signIn' && s.ok)) await signIn(check, access);
		return check.run('users', async () => ({
			value: USERS.map((u) => ({ ...u })),
			key: 'checks.users.ok',
			params: { count: USERS.length }
		}));
	},
	async listPhoneNumbers(check, access) {
		if (!check.steps.some((s) => s.step === 'signIn' && s.ok)) await signIn(check, access);
		return check.run('numbers', async () => ({
			value: NUMBERS.map((n) => ({ ...n })),
			key: 'checks.numbers.ok',
			params: { count: NUMBERS.length }
		}));
	}
};
