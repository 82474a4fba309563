/**
 * The properties of a service that are objects of Facts (`data`, `exit`, …), each fact stored as
 * `<object>.<property>`. Not the display groups of presenters/facts/fact-definitions.ts.
 */
export const SERVICE_FACT_OBJECTS = ['data', 'exit', 'contract', 'environment'] as const;

/** Facts at the top of a service or provider, stored under their own name. */
export const SERVICE_TOP_FACTS = ['openSource'] as const;
export const PROVIDER_FACTS = ['control'] as const;
