import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '$lib/server/config';
import { BackupError, restoreDatabase } from '$lib/server/db/backup';

// npm run db:restore -- --from FILE: puts a backup back at DATABASE_PATH. Stop the server first.
try {
	const { values } = parseArgs({ options: { from: { type: 'string' } }, strict: true });
	if (!values.from) throw new BackupError('--from: give the backup file to restore');
	const config = loadConfig();
	await restoreDatabase(values.from, config.DATABASE_PATH);
	console.log(`Restored ${values.from} to ${config.DATABASE_PATH}. Start the server again.`);
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
