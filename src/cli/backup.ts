import { parseArgs } from 'node:util';
import { loadConfig } from '$lib/server/config';
import { backupDatabase } from '$lib/server/db/backup';
import { runOperatorCommand } from './setup';

// npm run db:backup -- --out FILE: a consistent online copy of DATABASE_PATH, server running or not.
await runOperatorCommand(async () => {
	const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
	const config = loadConfig();
	const out =
		values.out ??
		`${config.DATABASE_PATH}.${new Date().toISOString().replace(/[:.]/g, '-')}.backup`;
	const { bytes } = await backupDatabase(config.DATABASE_PATH, out);
	console.log(
		`Backed up ${config.DATABASE_PATH} to ${out} (${Math.round(bytes / 1024)} KiB, integrity ok).`
	);
	console.log(
		`Keep ${config.SECRET_KEY_FILE} too, apart from it: the stored passwords need that key.`
	);
});
