import { addOnUser, controllerUser, KUBE_APISERVER, KUBE_CONTROLLER_MANAGER } from '../apiserver/auth/components';
import { componentContext } from '../component-context';
import type { ClusterAssembly } from '../context';
import { EndpointsController } from '../controllers/endpoints';
import { addSliceIndex, EndpointSliceController } from '../controllers/endpointslice';
import { defaultIngressClassPlugin, IngressController } from '../controllers/ingress';
import { LoadBalancerController } from '../controllers/loadbalancer';
import { addPodLabelIndex, podIP } from '../controllers/service-pods';
import { NetworkBootstrap } from './bootstrap';
import { defaultServiceCIDR } from './ip-address-objects';
import { ServiceIPAddresses } from './ip-addresses';
import { POD_IP_INDEX } from './request';
import { addAllocationIndexes, ServiceAllocator } from './service-alloc';
import type { NetworkState } from './state';

/** Service IP/NodePort allocation, Endpoints, load balancers, DNS, kube-proxy, Ingress. */
export function installNetwork(cluster: ClusterAssembly): void {
  const { api, config, rng } = cluster;
  addAllocationIndexes(api);
  addPodLabelIndex(api);
  addSliceIndex(api);
  if (!api.store.hasIndex('pods', POD_IP_INDEX)) api.store.addIndex('pods', POD_IP_INDEX, (o) => (podIP(o) ? [podIP(o)!] : []));
  const allocator = new ServiceAllocator(api, config.serviceCIDR, config.nodePortRange, rng.fork('service-alloc'));
  api.use(allocator.preparePlugin());
  api.use(allocator.plugin());
  api.use(defaultIngressClassPlugin());
  const state: NetworkState = { allocator, proxyRng: rng.fork('kube-proxy'), dnsRng: rng.fork('coredns'), affinity: new Map(), spread: new Map() };
  cluster.services.network = state;
  // the API server's default ServiceCIDR, then an IPAddress for each ClusterIP it allocates
  api.createGenerated(defaultServiceCIDR(config.serviceCIDR, cluster.ctx.clock.isoNow()));
  cluster.addComponent(new ServiceIPAddresses(componentContext(cluster.ctx, KUBE_APISERVER)));
  // the `kubernetes` Service and its endpoints are the API server's own bootstrap
  cluster.addComponent(new NetworkBootstrap(componentContext(cluster.ctx, KUBE_APISERVER)));
  cluster.addComponent(new EndpointsController(componentContext(cluster.ctx, controllerUser('endpoint-controller'))), KUBE_CONTROLLER_MANAGER);
  cluster.addComponent(new EndpointSliceController(componentContext(cluster.ctx, controllerUser('endpointslice-controller'))), KUBE_CONTROLLER_MANAGER);
  cluster.addComponent(new LoadBalancerController(componentContext(cluster.ctx, addOnUser('kube-system', 'service-controller', 'service-lb-controller'))));
  cluster.addComponent(new IngressController(componentContext(cluster.ctx, addOnUser('ingress-nginx', 'ingress-nginx', 'ingress-nginx-controller'))));
}
