import { parseArgs } from 'node:util';
import { z } from 'zod';
import { listPhoneSystemsForOperator, setPhoneSystemUrl } from '../sections/meta/meta.repository';
import { UsageError } from './catalogue-commands';
import type { CliIO } from './company-command';

// The operator tells network connectors where their phone system's API is (Wazo's, say).

export const PHONE_SYSTEM_USAGE = `  npm run company -- phone-systems list
  npm run company -- phone-systems set-url --id PHONE_SYSTEM_ID --url https://pbx.example.com`;

const urlSchema = z.url({ protocol: /^https?$/ });

export async function phoneSystems(args: string[], io: CliIO): Promise<number> {
	const [sub, ...rest] = args;
	const { values } = parseArgs({
		args: rest,
		strict: true,
		options: { id: { type: 'string' }, url: { type: 'string' } }
	});
	const systems = await listPhoneSystemsForOperator(io.db);
	if (sub === 'list') {
		for (const s of systems) {
			const connector = s.connector ? `connector ${s.connector}` : 'no connector';
			io.out(
				`${s.id.padEnd(16)} ${s.name.padEnd(28)} ${connector}${s.apiUrl ? `, ${s.apiUrl}` : ''}`
			);
		}
		return 0;
	}
	if (sub === 'set-url') {
		const system = systems.find((s) => s.id === values.id);
		if (!system)
			throw new UsageError(`--id: no phone system has the ID ${values.id ?? '(none given)'}`);
		const url = urlSchema.safeParse(values.url);
		if (!url.success)
			throw new UsageError('--url: give an http or https address, such as https://pbx.example.com');
		await setPhoneSystemUrl(io.db, system.id, new URL(url.data).origin);
		io.out(`Phone system ${system.id}: API at ${new URL(url.data).origin}.`);
		return 0;
	}
	throw new UsageError('phone-systems: say list or set-url');
}
