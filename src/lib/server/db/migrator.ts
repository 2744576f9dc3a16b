import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DB } from './index';

// Bundled by Vite (the app, the CLI and the tests alike), so the migrations are compiled in
// rather than read from disk: Kysely's FileMigrationProvider cannot load .ts from a build.
const modules = import.meta.glob<Migration>('/migrations/*.ts', { eager: true });

const provider: MigrationProvider = {
	async getMigrations() {
		const byName: Record<string, Migration> = {};
		for (const [path, module] of Object.entries(modules)) {
			byName[path.slice(path.lastIndexOf('/') + 1, -'.ts'.length)] = module;
		}
		return byName;
	}
};

export class MigrationError extends Error {}

/** Brings the schema up to the latest migration; returns the names it applied. */
export async function migrateToLatest(db: DB): Promise<string[]> {
	const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new MigrationError(`Migration ${failed} failed: ${String(error)}`, { cause: error });
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
