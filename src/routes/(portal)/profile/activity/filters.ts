import { AUDIT_SECTIONS } from '$lib/audit-sections';

/** The page's filters as audit.list takes them, read from the address (a GET form). */
export function filtersOf(url: URL) {
	const get = (name: string) => url.searchParams.get(name) || undefined;
	const section = get('section');
	const before = Number(get('before'));
	return {
		section: AUDIT_SECTIONS.find((s) => s === section),
		actor: get('actor'),
		from: get('from'),
		to: get('to'),
		before: Number.isInteger(before) && before > 0 ? before : undefined
	};
}
