import { translate } from '$lib/i18n';
import { countryName, languageName } from '$lib/i18n/names';
import { SERVER_TYPES } from '$lib/mail-presets';
import type { Language } from '$lib/schemas/common';
import { COUNTRY_CODES } from '$lib/schemas/countries';
import type { Runtime } from '../../runtime';
import { listPhoneSystems } from './meta.repository';

export interface Option {
	value: string;
	label: string;
}

export interface Options {
	/** The languages this deployment supports (SUPPORTED_LANGUAGES), named in the reader's. */
	languages: Option[];
	/** False when the deployment supports one language: no second language can be chosen. */
	secondLanguageAvailable: boolean;
	countries: Option[];
	phoneSystems: Option[];
	/** Mail access server types, named in the reader's language. */
	mailServerTypes: Option[];
	/** How long a password re-entry opens the company bill (BILL_UNLOCK_MINUTES). */
	billUnlockMinutes: number;
	/** How long the audit trail keeps its entries (AUDIT_RETENTION_DAYS). */
	auditRetentionDays: number;
}

// 249 names sorted by the reader's collation: computed once per language.
const countriesByLocale = new Map<Language, Option[]>();
function countries(locale: Language): Option[] {
	let list = countriesByLocale.get(locale);
	if (!list) {
		const collator = new Intl.Collator(locale);
		list = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort(
			(a, b) => collator.compare(a.label, b.label)
		);
		countriesByLocale.set(locale, list);
	}
	return list;
}

export async function getOptions({ db, config }: Runtime, locale: Language): Promise<Options> {
	const phoneSystems = await listPhoneSystems(db);
	return {
		languages: config.SUPPORTED_LANGUAGES.map((code) => ({
			value: code,
			label: languageName(code, locale)
		})),
		secondLanguageAvailable: config.SUPPORTED_LANGUAGES.length > 1,
		billUnlockMinutes: config.BILL_UNLOCK_MINUTES,
		auditRetentionDays: config.AUDIT_RETENTION_DAYS,
		countries: countries(locale),
		phoneSystems: phoneSystems.map((p) => ({ value: p.id, label: p.name })),
		mailServerTypes: SERVER_TYPES.map((type) => ({
			value: type,
			label: translate(locale, `mailAccess.serverType.${type}`)
		}))
	};
}
