import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A typed phone number in E.164, read with the company's country as the default region (so
 * "514 555 0123" in Canada is +15145550123), or null when it is not a valid number.
 */
export function toE164(input: string, country: string): string | null {
	// A country without a numbering plan of its own (Antarctica, say) gives no default region.
	const region = isSupportedCountry(country) ? country : undefined;
	const number = parsePhoneNumberFromString(input, region);
	return number?.isValid() ? number.number : null;
}

// Parsing with libphonenumber was a twentieth of a profile.get (npm run bench); the same few
// numbers are shown again and again.
const shown = new Map<string, string>();

/** National format for a number of the company's country, international for any other. */
export function displayPhone(e164: string, country: string): string {
	const key = `${country}:${e164}`;
	let text = shown.get(key);
	if (text === undefined) {
		const number = parsePhoneNumberFromString(e164);
		text = !number
			? e164
			: number.country === country
				? number.formatNational()
				: number.formatInternational();
		if (shown.size >= 10_000) shown.clear();
		shown.set(key, text);
	}
	return text;
}
