/** Groups of a service whose every property is a Fact, stored as `<group>.<property>`. */
export const SERVICE_FACT_GROUPS = ['data', 'exit', 'contract', 'environment'] as const;

/** Facts at the top of a service or provider, stored under their own name. */
export const SERVICE_TOP_FACTS = ['openSource'] as const;
export const PROVIDER_FACTS = ['control'] as const;
