import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '$lib/server/config';
import { BackupError, backupDatabase } from '$lib/server/db/backup';

// npm run db:backup -- --out FILE: a consistent online copy of DATABASE_PATH, server running or not.
try {
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
} catch (e) {
	if (!(
		e instanceof BackupError ||
		e instanceof ConfigError ||
		(e instanceof TypeError && 'code' in e)
	))
		throw e;
	console.error(e.message);
	process.exit(1);
}
