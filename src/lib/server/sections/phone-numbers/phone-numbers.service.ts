import type { DB } from '../../db';
import { displayPhone } from '../../phone';
import { companyCountry } from '../company/company.repository';
import { listNumbers } from './phone-numbers.repository';

export interface PhoneNumberView {
	id: string;
	/** E.164. */
	number: string;
	/** National format for the company's country, international otherwise. */
	display: string;
	type: 'voice' | 'fax' | 'voice_fax';
	/** Imported from the PBX (else added by hand). */
	imported: boolean;
	/** The user it is assigned to; null for an unused number. */
	user: string | null;
	createdAt: string;
}

export async function numbersOf(db: DB, companyId: string): Promise<PhoneNumberView[]> {
	const [rows, country] = await Promise.all([
		listNumbers(db, companyId),
		companyCountry(db, companyId)
	]);
	return rows.map((r) => ({
		id: r.id,
		number: r.number,
		display: displayPhone(r.number, country),
		type: r.type,
		imported: r.pbxRef !== null,
		user: r.first_name ? `${r.first_name} ${r.last_name}` : null,
		createdAt: r.createdAt
	}));
}
