import { readFileSync } from 'node:fs';
import type { Insertable } from 'kysely';
import { parseArgs } from 'node:util';
import { issueMessage } from '$lib/i18n/issues';
import { callRecordSchema } from '$lib/schemas/billing';
import type { CallRecordTable } from '../db/types';
import { companyExists } from '../sections/company/company.repository';
import { insertCallRecords, userIdsByEmail } from '../services/billing/usage.repository';
import { UsageError } from './catalogue-commands';
import type { CliIO } from './company-command';

// Loads call records that a PBX exported, for the embedded billing: a CSV with a header row
// naming user_email, started_at (ISO-8601 with its offset) and duration_seconds, in any order.
// Every row is checked first; one bad row and nothing is loaded.

export const USAGE_USAGE = `  npm run company -- usage import --company COMPANY_ID --file calls.csv`;

const COLUMNS = {
	user_email: 'userEmail',
	started_at: 'startedAt',
	duration_seconds: 'durationSeconds'
} as const;

export async function usage(args: string[], io: CliIO): Promise<number> {
	const [sub, ...rest] = args;
	if (sub !== 'import') throw new UsageError('usage: say import');
	const { values } = parseArgs({
		args: rest,
		strict: true,
		options: { company: { type: 'string' }, file: { type: 'string' } }
	});
	if (!values.company || !(await companyExists(io.db, values.company))) {
		throw new UsageError(`--company: no company has the ID ${values.company ?? '(none given)'}`);
	}
	if (!values.file) throw new UsageError('--file: give the CSV file of call records');
	let text: string;
	try {
		text = readFileSync(values.file, 'utf8');
	} catch {
		throw new UsageError(`--file: cannot read ${values.file}`);
	}
	const [header = '', ...lines] = text.split(/\r?\n/).map((l) => l.trim());
	const names = header.split(',').map((h) => h.trim().toLowerCase());
	const missing = Object.keys(COLUMNS).filter((c) => !names.includes(c));
	if (missing.length) throw new UsageError(`--file: the header must name ${missing.join(', ')}`);

	const users = await userIdsByEmail(io.db, values.company);
	const rows: Insertable<CallRecordTable>[] = [];
	const problems: string[] = [];
	for (const [i, line] of lines.entries()) {
		if (!line) continue;
		const cells = line.split(',');
		const raw = Object.fromEntries(
			names.map((n, j) => [COLUMNS[n as keyof typeof COLUMNS] ?? n, cells[j]?.trim()])
		);
		const parsed = callRecordSchema.safeParse(raw);
		if (!parsed.success) {
			problems.push(
				`line ${i + 2}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issueMessage(issue, 'en')}`).join('; ')}`
			);
			continue;
		}
		const userId = users.get(parsed.data.userEmail);
		if (!userId) {
			problems.push(
				`line ${i + 2}: no user of this company has the e-mail ${parsed.data.userEmail}`
			);
			continue;
		}
		rows.push({
			company_id: values.company,
			user_id: userId,
			started_at: parsed.data.startedAt,
			duration_seconds: parsed.data.durationSeconds
		});
	}
	if (problems.length) {
		io.err(
			`Nothing was loaded:\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}`
		);
		return 1;
	}
	await io.db.transaction().execute((trx) => insertCallRecords(trx, rows));
	io.out(`Company ${values.company}: ${rows.length} call records loaded.`);
	return 0;
}
