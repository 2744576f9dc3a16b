export type Messages = Record<string, Record<string, unknown>>;

/** `<locale>/<section>.json` files become the keys `<section>.*` of that locale. */
export function bySection(files: Record<string, unknown>): Messages {
	const messages: Messages = {};
	for (const [path, data] of Object.entries(files)) {
		const section = /([^/]+)\.json$/.exec(path)?.[1];
		if (section) messages[section] = data as Record<string, unknown>;
	}
	return messages;
}
