import type { Check } from '../outbound/check';

/** What the portal signs in to a PBX with, and where (the operator sets a phone system's URL). */
export interface PbxAccess {
	accountId: string;
	password: string;
	/** The phone system's API address, for connectors that speak to one over the network. */
	apiUrl: string | null;
}

export interface PbxUser {
	/** The PBX's own id: what a second import matches on. */
	pbxId: string;
	firstName: string;
	lastName: string;
	email: string | null;
	extension: string | null;
}

export type NumberType = 'voice' | 'fax' | 'voice_fax';

export interface PbxNumber {
	pbxId: string;
	/** As the PBX writes it; the portal turns it into E.164 with the company's country. */
	number: string;
	type: NumberType;
}

/**
 * One connector per supported phone system. Each method records its steps (sign-in, reading
 * users...) on `check`, with their outcome and duration, and fails through it: a failed step
 * stops the check, whose result says which step failed and why.
 */
export interface PbxConnector {
	testAccess(check: Check, access: PbxAccess): Promise<void>;
	listUsers(check: Check, access: PbxAccess): Promise<PbxUser[]>;
	listPhoneNumbers(check: Check, access: PbxAccess): Promise<PbxNumber[]>;
}
