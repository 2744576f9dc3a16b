// One line of JSON per event on stderr. Callers pass errors, never inputs: an input can hold a
// password, and nothing secret may reach a log.
export function logError(context: string, error: unknown): void {
	const detail =
		error instanceof Error
			? { name: error.name, message: error.message, stack: error.stack }
			: { error: String(error) };
	console.error(
		JSON.stringify({ level: 'error', time: new Date().toISOString(), context, ...detail })
	);
}
