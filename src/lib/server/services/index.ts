import type { Config } from '../config';
import type { DB } from '../db';
import { createEmbeddedBilling } from './billing/embedded';
import type { BillingService } from './billing/types';
import type { CheckLimits } from './outbound/check';
import { createOutboundGuard, type Resolver, systemResolver } from './outbound/guard';
import { createMailService, type MailService } from './mail';
import type { WellKnownPorts } from './mail/detect';
import { createPbxConnectors, type PbxConnectors } from './pbx';
import { createSecretBox, loadOrCreateKey, type SecretBox } from './secrets';

/** The outside world as procedures reach it (shared/DESIGN.md §4), built once at start-up. */
export interface Services {
	pbx: PbxConnectors;
	mail: MailService;
	billing: BillingService;
	secrets: SecretBox;
	limits: CheckLimits;
}

export interface ServiceOptions {
	resolver?: Resolver;
	/** Certificate authorities trusted beyond the system's (the tests' own). */
	ca?: string[];
	/** Ports "I don't know my settings" tries (the tests' servers). */
	mailPorts?: WellKnownPorts;
	/** Another billing system in place of the embedded one. */
	billing?: BillingService;
}

export function createServices(config: Config, db: DB, options: ServiceOptions = {}): Services {
	const resolver = options.resolver ?? systemResolver;
	const guard = createOutboundGuard(resolver, config.OUTBOUND_ALLOW_PRIVATE);
	const limits = {
		stepTimeoutMs: config.OUTBOUND_STEP_TIMEOUT_MS,
		checkTimeoutMs: config.OUTBOUND_CHECK_TIMEOUT_MS
	};
	return {
		pbx: createPbxConnectors(guard, options.ca),
		mail: createMailService({ guard, resolver, limits, ca: options.ca, ports: options.mailPorts }),
		billing:
			options.billing ?? createEmbeddedBilling(db, { taxRate: config.BILL_TAX_PERCENT ?? null }),
		secrets: createSecretBox(loadOrCreateKey(config.SECRET_KEY_FILE)),
		limits
	};
}
