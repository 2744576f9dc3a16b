import { ConfigError, loadConfig } from '$lib/server/config';
import { BackupError } from '$lib/server/db/backup';
import { type DB, openDatabase } from '$lib/server/db';
import { MigrationError, migrateToLatest } from '$lib/server/db/migrator';

/** An error the operator can act on from its message: printed alone, never as a stack. */
const forOperator = (e: unknown): e is Error =>
	e instanceof ConfigError ||
	e instanceof MigrationError ||
	e instanceof BackupError ||
	(e instanceof TypeError && 'code' in e); // parseArgs: an unknown or malformed option

/** Runs an operator command; an error the operator can act on exits 1 with its message. */
export async function runOperatorCommand<T>(command: () => Promise<T>): Promise<T> {
	try {
		return await command();
	} catch (e) {
		if (!forOperator(e)) throw e;
		console.error(e.message);
		process.exit(1);
	}
}

/** Reads the configuration and opens the migrated database, or exits with a clear message. */
export function openMigrated() {
	return runOperatorCommand(async () => {
		const config = loadConfig();
		const db: DB = openDatabase(config.DATABASE_PATH);
		const applied = await migrateToLatest(db);
		return { config, db, applied };
	});
}
