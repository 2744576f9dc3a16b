import { parseArgs } from 'node:util';
import { issueMessage } from '$lib/i18n/issues';
import { formatMoney, toMinorUnits } from '$lib/i18n/money';
import { catalogueEntrySchema } from '$lib/schemas/packages';
import { companyExists } from '../sections/company/company.repository';
import {
	allowPackages,
	insertPackage,
	listCatalogue,
	setPackageActive
} from '../sections/packages/packages.repository';
import { setSubscriptionKeys, subscriptionKeys } from '../sections/users/users.repository';
import type { CliIO } from './company-command';

// The operator's part of packages and keys: the provider's catalogue is theirs, and so is how
// many subscription keys and which packages each company gets.

export const CATALOGUE_USAGE = `  npm run company -- keys --company COMPANY_ID --set N
  npm run company -- packages list
  npm run company -- packages add --id ID --name NAME --base-rate 15.00 --included 300
                                  --minute-rate 0.05 --currency CAD
  npm run company -- packages allow --company COMPANY_ID --packages ID[,ID…]
  npm run company -- packages activate|deactivate --package ID`;

export class UsageError extends Error {}

const companyIdOf = (value: string | undefined) => {
	if (!value) throw new UsageError('--company: give the company ID (npm run company -- list)');
	return value;
};

export async function keys(args: string[], io: CliIO): Promise<number> {
	const { values } = parseArgs({
		args,
		strict: true,
		options: { company: { type: 'string' }, set: { type: 'string' } }
	});
	const companyId = companyIdOf(values.company);
	const count = Number(values.set);
	if (!Number.isInteger(count) || count < 0 || count > 100_000) {
		throw new UsageError('--set: give a whole number of keys from 0 to 100000');
	}
	if (!(await companyExists(io.db, companyId))) {
		throw new UsageError(`--company: no company has the ID ${companyId}`);
	}
	const { used } = await subscriptionKeys(io.db, companyId);
	if (count < used) throw new UsageError(`--set: ${used} keys are in use; remove users first`);
	await setSubscriptionKeys(io.db, companyId, count);
	io.out(`Company ${companyId}: ${count} subscription keys (${used} in use).`);
	return 0;
}

export async function packages(args: string[], io: CliIO): Promise<number> {
	const [sub, ...rest] = args;
	const { values } = parseArgs({
		args: rest,
		strict: true,
		options: {
			company: { type: 'string' },
			packages: { type: 'string' },
			package: { type: 'string' },
			id: { type: 'string' },
			name: { type: 'string' },
			'base-rate': { type: 'string' },
			included: { type: 'string' },
			'minute-rate': { type: 'string' },
			currency: { type: 'string' }
		}
	});
	const catalogue = await listCatalogue(io.db);
	if (sub === 'list') {
		for (const p of catalogue) {
			const base = formatMoney(p.base_rate, p.currency, 'en');
			const extra = formatMoney(p.minute_rate, p.currency, 'en');
			const line = `${base}/month, ${p.included_minutes} min included, ${extra}/extra min`;
			io.out(`${p.id.padEnd(16)} ${p.name.padEnd(16)} ${line}${p.active ? '' : '  (inactive)'}`);
		}
		return 0;
	}
	if (sub === 'add') {
		const currency = (values.currency ?? '').toUpperCase();
		const money = (v: string | undefined) =>
			v === undefined ? NaN : (toMinorUnits(v, currency) ?? NaN);
		const entry = catalogueEntrySchema.safeParse({
			id: values.id,
			name: values.name,
			baseRate: money(values['base-rate']),
			includedMinutes: Number(values.included),
			minuteRate: money(values['minute-rate']),
			currency
		});
		if (!entry.success) {
			const flags: Record<string, string> = {
				baseRate: '--base-rate',
				includedMinutes: '--included',
				minuteRate: '--minute-rate'
			};
			const issue = entry.error.issues[0];
			const field = String(issue.path[0]);
			throw new UsageError(`${flags[field] ?? `--${field}`}: ${issueMessage(issue, 'en')}`);
		}
		if (catalogue.some((p) => p.id === entry.data.id))
			throw new UsageError(`--id: ${entry.data.id} exists already`);
		await insertPackage(io.db, entry.data);
		io.out(
			`Package ${entry.data.id} added. Companies created from now on may offer it; allow it to others with "packages allow".`
		);
		return 0;
	}
	if (sub === 'allow') {
		const companyId = companyIdOf(values.company);
		const ids = (values.packages ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		const unknown = ids.filter((id) => !catalogue.some((p) => p.id === id));
		if (ids.length === 0 || unknown.length) {
			throw new UsageError(
				`--packages: unknown or missing: ${unknown.join(', ') || '(none given)'}`
			);
		}
		if (!(await companyExists(io.db, companyId))) {
			throw new UsageError(`--company: no company has the ID ${companyId}`);
		}
		await allowPackages(io.db, companyId, ids);
		io.out(`Company ${companyId} may offer: ${ids.join(', ')}.`);
		return 0;
	}
	if (sub === 'activate' || sub === 'deactivate') {
		const id = values.package;
		if (!id)
			throw new UsageError('--package: give the package ID (npm run company -- packages list)');
		if (!(await setPackageActive(io.db, id, sub === 'activate'))) {
			throw new UsageError(`--package: no package has the ID ${id}`);
		}
		io.out(`Package ${id} is ${sub === 'activate' ? 'active' : 'inactive'}.`);
		return 0;
	}
	throw new UsageError('packages: say list, add, allow, activate or deactivate');
}
