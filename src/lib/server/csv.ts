// RFC 4180 CSV for spreadsheets. A cell that a spreadsheet would run as a formula (=, +, -, @)
// is kept as text behind an apostrophe.

export function csvCell(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRows = (rows: (string | number | null | undefined)[][]) =>
	rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
