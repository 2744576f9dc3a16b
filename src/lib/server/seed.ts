import { generatePassword } from './auth/password';
import type { Runtime } from './runtime';
import { emailInUse } from './sections/administrator/administrator.repository';
import { countCompanies } from './sections/company/company.repository';
import { createCompany } from './sections/company/company.service';

export type DemoSeed =
	| { state: 'created'; email: string; generatedPassword: string | null }
	| { state: 'present'; email: string }
	| { state: 'skipped' };

/**
 * On an empty database (and unless SEED_DEMO=0), creates the demo company. The password is
 * DEMO_ADMIN_PASSWORD or a random one that the caller prints once: only its hash is kept.
 */
export async function seedDemo({ db, config }: Pick<Runtime, 'db' | 'config'>): Promise<DemoSeed> {
	const email = config.DEMO_ADMIN_EMAIL.toLowerCase();
	if (!config.SEED_DEMO) return { state: 'skipped' };
	if ((await countCompanies(db)) > 0) {
		return (await emailInUse(db, email)) ? { state: 'present', email } : { state: 'skipped' };
	}
	const password = config.DEMO_ADMIN_PASSWORD ?? generatePassword();
	await createCompany(
		db,
		{
			name: 'Demo Company Inc.',
			country: 'CA',
			pbxSystem: 'ets-asterisk',
			language: 'en',
			adminName: 'Alex Martin',
			adminEmail: email,
			adminPassword: password
		},
		{
			secondLanguage: config.SUPPORTED_LANGUAGES.includes('fr') ? 'fr' : undefined,
			adminPhone: '+15145550123',
			assistant: { name: 'Ava', email: 'assistant@demo.example' },
			provisioning: { pbxSystem: 'ets-asterisk', accountId: 'demo-provisioning' },
			subscriptionKeys: 25,
			offered: ['essential', 'business']
		}
	);
	return {
		state: 'created',
		email,
		generatedPassword: config.DEMO_ADMIN_PASSWORD ? null : password
	};
}
