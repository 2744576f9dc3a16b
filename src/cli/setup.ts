import { ConfigError, loadConfig } from '$lib/server/config';
import { type DB, openDatabase } from '$lib/server/db';
import { MigrationError, migrateToLatest } from '$lib/server/db/migrator';

/** Reads the configuration and opens the migrated database, or exits with a clear message. */
export async function openMigrated() {
	try {
		const config = loadConfig();
		const db: DB = openDatabase(config.DATABASE_PATH);
		const applied = await migrateToLatest(db);
		return { config, db, applied };
	} catch (e) {
		if (e instanceof ConfigError || e instanceof MigrationError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
}
