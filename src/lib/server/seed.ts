import { generatePassword } from './auth/password';
import type { Runtime } from './runtime';
import { seedDemoUsage } from './seed-usage';
import { DEMO_PBX_ACCOUNT, DEMO_PBX_PASSWORD } from './services/pbx/demo';
import { createSecretBox, loadOrCreateKey } from './services/secrets';
import { secretContext } from './sections/provisioning/provisioning.service';
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
	const secrets = createSecretBox(loadOrCreateKey(config.SECRET_KEY_FILE));
	const { companyId } = await createCompany(
		db,
		{
			name: 'Demo Company Inc.',
			country: 'CA',
			pbxSystem: 'demo-pbx',
			language: 'en',
			adminName: 'Alex Martin',
			adminEmail: email,
			adminPassword: password
		},
		{
			secondLanguage: config.SUPPORTED_LANGUAGES.includes('fr') ? 'fr' : undefined,
			adminPhone: '+15145550123',
			assistant: { name: 'Ava', email: 'assistant@demo.example' },
			// The built-in Demo PBX's own credentials, so that Test access and Import work at once.
			provisioning: {
				pbxSystem: 'demo-pbx',
				accountId: DEMO_PBX_ACCOUNT,
				sealPassword: (companyId) => secrets.seal(DEMO_PBX_PASSWORD, secretContext(companyId))
			},
			// Room for the year of usage below and a first import from the Demo PBX.
			subscriptionKeys: 40,
			offered: ['essential', 'business']
		}
	);
	await seedDemoUsage(db, companyId);
	return {
		state: 'created',
		email,
		generatedPassword: config.DEMO_ADMIN_PASSWORD ? null : password
	};
}
