import { parseArgs } from 'node:util';
import { translate } from '$lib/i18n';
import { issueMessage } from '$lib/i18n/issues';
import { passwordProblem } from '$lib/password-strength';
import { companyCreateSchema } from '$lib/schemas/company';
import { generatePassword } from '../auth/password';
import { CATALOGUE_USAGE, keys, packages, UsageError } from './catalogue-commands';
import { PHONE_SYSTEM_USAGE, phoneSystems } from './phone-system-commands';
import { USAGE_USAGE, usage } from './usage-command';
import type { DB } from '../db';
import { AppError } from '../errors';
import { listCompanies } from '../sections/company/company.repository';
import { createCompany } from '../sections/company/company.service';

export const USAGE = `Usage:
  npm run company -- create --name NAME --country CC --admin-email EMAIL
                            [--admin-name NAME] [--language en|fr] [--pbx PHONE_SYSTEM_ID]
  npm run company -- list
${CATALOGUE_USAGE}
${PHONE_SYSTEM_USAGE}
${USAGE_USAGE}

create: when standard input is not a terminal, the administrator's password is its first line;
otherwise a password is generated and printed once.`;

export interface CliIO {
	db: DB;
	/** The first line of standard input, or null when standard input is a terminal. */
	readPipedLine(): Promise<string | null>;
	out(line: string): void;
	err(line: string): void;
}

const FLAG: Record<string, string> = {
	name: '--name',
	country: '--country',
	pbxSystem: '--pbx',
	language: '--language',
	adminName: '--admin-name',
	adminEmail: '--admin-email',
	adminPassword: 'password (standard input)'
};

/** The operator's company command; returns the process exit code. Nothing is written on error. */
export async function runCompanyCommand(argv: string[], io: CliIO): Promise<number> {
	const [command, ...rest] = argv;
	try {
		if (command === 'create') return await create(rest, io);
		if (command === 'list' && rest.length === 0) return await list(io);
		if (command === 'keys') return await keys(rest, io);
		if (command === 'packages') return await packages(rest, io);
		if (command === 'phone-systems') return await phoneSystems(rest, io);
		if (command === 'usage') return await usage(rest, io);
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`${e.message}\n\n${USAGE}`);
			return 2;
		}
		if (e instanceof AppError) {
			io.err(`${FLAG[e.field ?? ''] ?? 'error'}: ${translate('en', `errors.${e.code}`)}`);
			return 1;
		}
		if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
			io.err(`${e.message}\n\n${USAGE}`);
			return 2;
		}
		throw e;
	}
	io.err(USAGE);
	return 2;
}

async function create(args: string[], io: CliIO): Promise<number> {
	const { values } = parseArgs({
		args,
		strict: true,
		options: {
			name: { type: 'string' },
			country: { type: 'string' },
			'admin-email': { type: 'string' },
			'admin-name': { type: 'string' },
			language: { type: 'string' },
			pbx: { type: 'string' }
		}
	});
	const piped = await io.readPipedLine();
	if (piped === '') {
		io.err(
			`${FLAG.adminPassword}: none was given. Pipe one in, or run from a terminal to generate one.`
		);
		return 2;
	}
	const password = piped ?? generatePassword();
	const parsed = companyCreateSchema.safeParse({
		name: values.name,
		country: values.country?.toUpperCase(),
		pbxSystem: values.pbx,
		language: values.language,
		adminName: values['admin-name'],
		adminEmail: values['admin-email'],
		adminPassword: password
	});
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const field = FLAG[String(issue.path[0])] ?? String(issue.path[0]);
			io.err(`${field}: ${issueMessage(issue, 'en')}`);
		}
		io.err(`\n${USAGE}`);
		return 2;
	}
	const { name, adminName, adminEmail } = parsed.data;
	const problem = passwordProblem(password, {
		companyName: name,
		name: adminName,
		email: adminEmail
	});
	if (problem) {
		io.err(`${FLAG.adminPassword}: ${translate('en', `errors.${problem}`)}`);
		return 2;
	}
	const { companyId } = await createCompany(io.db, parsed.data);
	io.out(`Created company "${parsed.data.name}" (${companyId}).`);
	io.out(`Administrator: ${parsed.data.adminEmail}`);
	if (piped === null) io.out(`Password (shown once, store it now): ${password}`);
	return 0;
}

async function list(io: CliIO): Promise<number> {
	const rows = await listCompanies(io.db);
	if (rows.length === 0) {
		io.out('No companies yet.');
		return 0;
	}
	const table = [['ID', 'NAME', 'COUNTRY', 'ADMINISTRATOR', 'CREATED']].concat(
		rows.map((r) => [r.id, r.name, r.country, r.adminEmail ?? '-', r.createdAt.slice(0, 10)])
	);
	const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
	for (const row of table)
		io.out(
			row
				.map((cell, i) => cell.padEnd(widths[i]))
				.join('  ')
				.trimEnd()
		);
	return 0;
}
