import { parseArgs } from 'node:util';
import { loadConfig } from '$lib/server/config';
import { BackupError, restoreDatabase } from '$lib/server/db/backup';
import { runOperatorCommand } from './setup';

// npm run db:restore -- --from FILE: puts a backup back at DATABASE_PATH. Stop the server first.
await runOperatorCommand(async () => {
	const { values } = parseArgs({ options: { from: { type: 'string' } }, strict: true });
	if (!values.from) throw new BackupError('--from: give the backup file to restore');
	const config = loadConfig();
	await restoreDatabase(values.from, config.DATABASE_PATH);
	console.log(`Restored ${values.from} to ${config.DATABASE_PATH}. Start the server again.`);
});
