/** One URL per page type, with its expected status: the browser suites visit each of them. */
export const PAGE_TYPES: [name: string, url: string, status?: number][] = [
  ['home', '/'],
  ['services', '/services'],
  ['services-filtered', '/services?level=1&cert=ISO27001'],
  ['category', '/categories/compute'],
  ['search', '/services?q=opslag'],
  ['service', '/services/ovhcloud-hpc-vmware-secnumcloud'],
  ['service-self-hosted', '/services/nextcloud-hub'],
  ['provider', '/providers/ovhcloud'],
  ['method', '/method'],
  ['compare', '/compare?id=ovhcloud-hpc-vmware-secnumcloud&id=microsoft-365&id=stackit-cloud-iaas-paas'],
  ['broker', '/broker?profile=personal-data'],
  ['planner', '/broker/planner'],
  ['planner-result', '/broker/planner?profile=internal'],
  ['api', '/api'],
  ['not-found', '/services/no-such-service', 404],
  ['bad-request', '/services?level=7', 400],
];
