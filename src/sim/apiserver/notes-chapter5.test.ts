import { describe, expect, it } from 'vitest';
import { ApiError } from '../types';
import type { ApiServer } from './apiserver';
import { parseManifests } from './manifest';
import { NOTES_CH5 } from './notes-ch5.fixtures';
import { testApi } from './testing';

/**
 * What `kubectl create -f <source>` prints for a file against this API server, for single-error
 * cases: client-side YAML and validation errors, REST mapping errors, then the server's answer.
 */
function kubectlCreate(api: ApiServer, text: string, source: string): string {
  let docs;
  try {
    docs = parseManifests(text, source);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
  const out: string[] = [];
  for (const d of docs) {
    const meta = d.obj.metadata ?? {};
    let rt;
    try {
      rt = api.kindFor(d.obj.apiVersion, d.obj.kind);
    } catch (e) {
      out.push(`error: resource mapping not found for name: "${meta.name ?? ''}" namespace: "${meta.namespace ?? ''}" from "${source}": ${(e as Error).message}\nensure CRDs are installed first`);
      continue;
    }
    try {
      const o = api.create(d.obj);
      out.push(`${rt.kind.toLowerCase()}${rt.group ? `.${rt.group}` : ''}/${o.metadata.name} created`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.reason === 'Invalid') {
        const causes = e.causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
        const head = `The ${e.details.kind} "${e.details.name}" is invalid: `;
        out.push(causes.length === 1 ? head + causes[0] : `${head}\n${causes.map((c) => `* ${c}`).join('\n')}`);
      } else out.push(`Error from server (${e.reason}): error when creating "${source}": ${e.message}`);
    }
  }
  return out.join('\n');
}

const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('notes chapter 5: every YAML snippet fails the way kubectl v1.34 reports it', () => {
  const run = (text: string, source: string) => kubectlCreate(testApi(), text, source);

  it('5.1.1.2 hostnames-yaohong: `//` is no YAML comment, so port is the string "80 //…"', () => {
    expect(run(NOTES_CH5.svc1, 'svc.yaml')).toBe(
      'Error from server (BadRequest): error when creating "svc.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
    );
  });

  it('5.2.3 ExternalName Service-yaohong: `port: - port: 80` is a YAML error', () => {
    expect(run(NOTES_CH5.svc2, 'external.yaml')).toBe(
      'error: error parsing external.yaml: error converting YAML to JSON: yaml: line 8: block sequence entries are not allowed in this context',
    );
  });

  it('5.3.1 NodePort Service-yaohong: `nodeport` is an unknown field (decoding comes before name validation)', () => {
    expect(run(NOTES_CH5.svc3, 'nodeport.yaml')).toBe(
      'Error from server (BadRequest): error when creating "nodeport.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].nodeport"',
    );
  });

  it('5.3.2 loadBalancer-yaohong: an invalid name and a type with a `//` comment in it', () => {
    expect(run(NOTES_CH5.svc4, 'lb.yaml')).toBe(
      `The Service "loadBalancer-yaohong" is invalid: \n* metadata.name: Invalid value: "loadBalancer-yaohong": ${DNS1035}\n* spec.type: Unsupported value: "LoadBalancer  //该服务从k8s集群的基础架构获取负载均衡器": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
    );
  });

  it('5.4.1 ingress.yml without apiVersion: kubectl refuses it before sending', () => {
    expect(run(NOTES_CH5.ing1, 'ingress.yml')).toBe(
      'error: error validating "ingress.yml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });

  it('5.4.3 Ingress-yaohong (two paths, two hosts): `servicePort:80` without a space breaks the YAML', () => {
    const want = "error: error parsing ingress.yml: error converting YAML to JSON: yaml: line 14: could not find expected ':'";
    expect(run(NOTES_CH5.ing2, 'ingress.yml')).toBe(want);
    expect(run(NOTES_CH5.ing3, 'ingress.yml')).toBe(want);
  });

  it('5.4.4 TLS Ingress: the `- hosts:` list under a scalar is a YAML error first', () => {
    expect(run(NOTES_CH5.ing4, 'ingress-tls.yml')).toBe('error: error parsing ingress-tls.yml: error converting YAML to JSON: yaml: line 6: did not find expected key');
  });

  it('5.5.2 `kind: deployment`: the `...` line ends the YAML document, leaving only apiVersion and kind', () => {
    expect(run(NOTES_CH5.dep, 'deploy.yaml')).toBe(
      'error: resource mapping not found for name: "" namespace: "" from "deploy.yaml": no matches for kind "deployment" in version "v1"\nensure CRDs are installed first',
    );
  });
});

describe('notes chapter 5: the next error after each fix', () => {
  const run = (text: string, source = 'f.yaml') => kubectlCreate(testApi(), text, source);

  it('Ingress with an apiVersion that no longer serves it', () => {
    const fixedYaml = NOTES_CH5.ing2.replace(/servicePort:80/g, 'servicePort: 80').replace(/ +\/\/.*$/gm, '');
    expect(run(fixedYaml)).toBe(
      'error: resource mapping not found for name: "Ingress-yaohong" namespace: "" from "f.yaml": no matches for kind "Ingress" in version "v1"\nensure CRDs are installed first',
    );
    expect(run(`apiVersion: extensions/v1beta1\n${NOTES_CH5.ing1}`)).toBe(
      'error: resource mapping not found for name: "ingressyaohong" namespace: "" from "f.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    );
  });

  it('networking.k8s.io/v1 Ingress with the old backend fields, then without pathType', () => {
    expect(run(`apiVersion: networking.k8s.io/v1\n${NOTES_CH5.ing1}`, 'ingress.yml')).toBe(
      'Error from server (BadRequest): error when creating "ingress.yml": Ingress in version "v1" cannot be handled as a Ingress: strict decoding error: unknown field "spec.rules[0].http.paths[0].backend.serviceName", unknown field "spec.rules[0].http.paths[0].backend.servicePort"',
    );
    const v1 = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingressyaohong
spec:
  rules:
  - host: kubia.example.com
    http:
      paths:
      - path: /
        backend:
          service:
            name: kubia-nodeport
            port:
              number: 80
`;
    expect(run(v1)).toBe('The Ingress "ingressyaohong" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified');
  });

  it('NodePort Service with nodePort spelled right: the name, then a lower-case type', () => {
    const fixed = NOTES_CH5.svc3.replace('nodeport:', 'nodePort:').replace(/ +\/\/.*$/gm, '');
    expect(run(fixed)).toBe(`The Service "Service-yaohong" is invalid: metadata.name: Invalid value: "Service-yaohong": ${DNS1035}`);
    expect(run(fixed.replace('Service-yaohong', 'service-yaohong').replace('type: NodePort', 'type: nodeport'))).toBe(
      'The Service "service-yaohong" is invalid: spec.type: Unsupported value: "nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
  });

  it('Deployment once its YAML parses: `port:` is not a field, then selector and template', () => {
    const parsed = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  port:
    containers:
    - name: kubia-yh
      imgress: luksa/kubia
`;
    expect(run(parsed, 'deploy.yaml')).toBe(
      'Error from server (BadRequest): error when creating "deploy.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.port"',
    );
    const noSelector = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia-yh
        image: luksa/kubia
`;
    expect(run(noSelector)).toBe(
      'The Deployment "kubia" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {"app":"kubia"}: `selector` does not match template `labels`',
    );
  });
});

describe('notes chapter 5: corrected manifests are accepted', () => {
  const FIXED: Record<string, string> = {
    'hostnames-yaohong': `apiVersion: v1
kind: Service
metadata:
  name: hostnames-yaohong
spec:
  selector:
    app: hostnames
  ports:
  - name: default
    protocol: TCP
    port: 80          # the Service's port
    targetPort: 9376  # the pods' port
`,
    'external-service': `apiVersion: v1
kind: Service
metadata:
  name: external-service
spec:
  type: ExternalName
  externalName: someapi.somecompany.com
  ports:
  - port: 80
`,
    'service-yaohong': `apiVersion: v1
kind: Service
metadata:
  name: service-yaohong
spec:
  type: NodePort
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30123
  selector:
    app: yh
`,
    'loadbalancer-yaohong': `apiVersion: v1
kind: Service
metadata:
  name: loadbalancer-yaohong
spec:
  type: LoadBalancer
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: yh
`,
    'ingress-yaohong': `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress-yaohong
spec:
  tls:
  - hosts:
    - yh.example.com
    secretName: tls-secret
  rules:
  - host: yh.example.com
    http:
      paths:
      - path: /yh
        pathType: Prefix
        backend:
          service:
            name: kubia
            port:
              number: 80
  - host: bar.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: bar
            port:
              number: 80
`,
    kubia: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: kubia
spec:
  replicas: 3
  selector:
    matchLabels:
      app: kubia
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia-yh
        image: luksa/kubia
        readinessProbe:
          failureThreshold: 2
          httpGet:
            path: /ping
            port: 80
            scheme: HTTP
          initialDelaySeconds: 30
          periodSeconds: 5
          successThreshold: 1
          timeoutSeconds: 3
`,
  };

  it.each(Object.entries(FIXED))('creates %s', (name, text) => {
    const out = kubectlCreate(testApi(), text, 'f.yaml');
    expect(out).toMatch(new RegExp(`^[a-z0-9.]+/${name} created$`));
  });
});
