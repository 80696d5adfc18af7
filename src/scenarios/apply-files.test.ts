import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  k: v\n`;

describe('kubectl apply with files', { timeout: 60_000 }, () => {
  const t = transcriptOf('apply-files.sh', 5, {
    'app/cm.yaml': cm('one'),
    'app/README.md': '# not a manifest',
    'app/nested/cm2.yaml': cm('two'),
    'empty.yaml': '# nothing here\n',
  });

  it('applies the manifests of a directory, and its subdirectories with -R', () => {
    expect(outputOf(t, 'kubectl apply -f app')).toBe('configmap/one created\n');
    expect(outputOf(t, 'kubectl apply -f app -R')).toBe('configmap/one unchanged\nconfigmap/two created\n');
    expect(outputOf(t, 'kubectl apply -f app/cm.yaml,app/nested/cm2.yaml')).toBe('configmap/one unchanged\nconfigmap/two unchanged\n');
  });

  it('warns about the missing last-applied annotation on objects made by create', () => {
    expect(outputOf(t, 'kubectl apply -f - <<EOF')).toBe(
      'Warning: resource configmaps/made-by-create is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\nconfigmap/made-by-create configured\n',
    );
  });

  it('marks dry runs and creates nothing', () => {
    expect(outputOf(t, 'kubectl apply -f - --dry-run=client <<EOF')).toBe('configmap/dry created (dry run)\n');
    expect(outputOf(t, 'kubectl apply -f - --dry-run=server <<EOF')).toBe('configmap/dry created (server dry run)\n');
  });

  it('refuses an object from another namespace than -n', () => {
    expect(outputOf(t, 'kubectl apply -f - -n other <<EOF')).toBe(
      `error: the namespace from the provided object "default" does not match the namespace "other". You must pass '--namespace=default' to perform this operation.\n`,
    );
  });

  it('says when a file holds no objects', () => {
    expect(outputOf(t, 'kubectl apply -f empty.yaml')).toBe('error: no objects passed to apply\n');
  });

  it('prints several errors as kubectl prints an aggregate: one line each, no error: prefix', () => {
    const bad = `apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: old\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: My_Svc\nspec:\n  ports:\n  - port: 80\n`;
    const t2 = transcriptOf('kubectl apply -f bad.yaml\nkubectl apply -f bad.yaml -f missing.yaml\n', 1, { 'bad.yaml': bad });
    expect(outputOf(t2, 'kubectl apply -f bad.yaml')).toBe(
      'resource mapping not found for name: "old" namespace: "" from "bad.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first\n' +
        'Error from server (Invalid): error when creating "bad.yaml": Service "My_Svc" is invalid: metadata.name: Invalid value: "My_Svc": ' +
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')\n",
    );
    // a missing path fails before anything is applied
    expect(outputOf(t2, 'kubectl apply -f bad.yaml -f missing.yaml')).toBe('error: the path "missing.yaml" does not exist\n');
  });

  it("maps a List's items one by one: the others are applied, the unknown kinds' errors print as one aggregate", () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: listed\n- apiVersion: v1\n  kind: Widget\n  metadata:\n    name: w\n- apiVersion: v1\n  kind: Gadget\n  metadata:\n    name: g\n`;
    const one = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Widget\n  metadata:\n    name: w\n`;
    const t4 = transcriptOf('kubectl apply -f list.yaml\nkubectl create -f list.yaml\nkubectl apply -f one.yaml\nkubectl apply -f one.yaml -f one.yaml\nkubectl apply -f ns.yaml -f one.yaml -f one.yaml -n other\n', 1, {
      'list.yaml': list,
      'one.yaml': one,
      'ns.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: default\n',
    });
    const widget = 'unable to recognize no matches for kind "Widget" in version "v1"';
    const gadget = 'unable to recognize no matches for kind "Gadget" in version "v1"';
    expect(outputOf(t4, 'kubectl apply -f list.yaml')).toBe(`configmap/listed created\n${widget}\n${gadget}\n`);
    // beside another error the List's aggregate prints as one line
    expect(outputOf(t4, 'kubectl create -f list.yaml')).toBe(`Error from server (AlreadyExists): error when creating "list.yaml": configmaps "listed" already exists\n[${widget}, ${gadget}]\n`);
    // an aggregate of one is still an aggregate: no error: prefix
    expect(outputOf(t4, 'kubectl apply -f one.yaml')).toBe(`${widget}\n`);
    // two files' aggregates print a line each; inside one aggregate the same message prints once
    expect(outputOf(t4, 'kubectl apply -f one.yaml -f one.yaml')).toBe(`${widget}\n${widget}\n`);
    expect(outputOf(t4, 'kubectl apply -f ns.yaml -f one.yaml -f one.yaml -n other')).toBe(
      `the namespace from the provided object "default" does not match the namespace "other". You must pass '--namespace=default' to perform this operation.\n${widget}\n`,
    );
  });

  it('with --validate=warn checks no List and no unknown kind, and logs that it skips them', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  metadata:\n    name: nover\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: fine\n`;
    const odd = `apiVersion: v1\nkind: Widget\nmetadata:\n  name: w\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n`;
    const t5 = transcriptOf('kubectl apply -f list.yaml --validate=warn\nkubectl apply -f list.yaml\nkubectl apply -f odd.yaml --validate=warn\nkubectl apply -f odd.yaml --validate=WARN\n', 1, { 'list.yaml': list, 'odd.yaml': odd });
    const skipped = /^W\d{4} \d\d:\d\d:\d\d\.\d{6} {7}1 schema\.go:145\] cannot perform warn validation if server-side field validation is unsupported, skipping validation$/;
    const [warned, ...rest] = outputOf(t5, 'kubectl apply -f list.yaml --validate=warn').split('\n');
    expect(warned).toMatch(skipped);
    expect(rest.join('\n')).toBe(`configmap/fine created\nunable to get type info from the object "*unstructured.Unstructured": Object 'apiVersion' is missing in 'object has no apiVersion field'\n`);
    // strict (the default) checks the items first and applies nothing
    expect(outputOf(t5, 'kubectl apply -f list.yaml')).toBe(
      'error: error validating "list.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    const [warnedOdd, ...restOdd] = outputOf(t5, 'kubectl apply -f odd.yaml --validate=warn').split('\n');
    expect(warnedOdd).toMatch(skipped);
    expect(restOdd.join('\n')).toBe('configmap/plain created\nerror: resource mapping not found for name: "w" namespace: "" from "odd.yaml": no matches for kind "Widget" in version "v1"\nensure CRDs are installed first\n');
    // the directive is read as kubectl reads it: booleans as Go parses them, the names in lower case
    expect(outputOf(t5, 'kubectl apply -f odd.yaml --validate=WARN')).toBe('error: invalid - validate option "WARN"; must be one of: strict (or true), warn, ignore (or false)\n');
  });

  it('re-applies the read-back CoreDNS Deployment and Service, whose ports share port 53 over UDP and TCP', () => {
    const t6 = transcriptOf('kubectl get deploy coredns -n kube-system -o yaml > cd.yaml\nkubectl apply -f cd.yaml\nkubectl get svc kube-dns -n kube-system -o yaml > svc.yaml\nkubectl apply -f svc.yaml\nkubectl get svc kube-dns -n kube-system -o jsonpath={.spec.ports[*].name}\n', 1);
    const missing = (r: string) =>
      `Warning: resource ${r} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;
    expect(outputOf(t6, 'kubectl apply -f cd.yaml')).toBe(`${missing('deployments/coredns')}deployment.apps/coredns configured\n`);
    expect(outputOf(t6, 'kubectl apply -f svc.yaml')).toBe(`${missing('services/kube-dns')}service/kube-dns configured\n`);
    expect(outputOf(t6, 'kubectl get svc kube-dns -n kube-system -o jsonpath={.spec.ports[*].name}')).toBe('dns dns-tcp metrics\n');
  });

  it('names the file twice in a refused patch, as the patcher and apply each add it', () => {
    const t7 = transcriptOf('kubectl create configmap cfg --from-literal=a=b\nkubectl get cm cfg -o yaml > cfg.yaml\nkubectl label cm cfg x=y\nkubectl apply -f cfg.yaml\n', 1);
    const last = outputOf(t7, 'kubectl apply -f cfg.yaml').trimEnd().split('\n').pop();
    expect(last).toBe('for: "cfg.yaml": error when patching "cfg.yaml": Operation cannot be fulfilled on configmaps "cfg": the object has been modified; please apply your changes to the latest version and try again');
  });

  it("deletes a List's known items; their errors come first, the List's aggregate after them", () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: gone\n- apiVersion: v1\n  kind: Widget\n  metadata:\n    name: w\n- apiVersion: v1\n  kind: Gadget\n  metadata:\n    name: g\n`;
    const t8 = transcriptOf('kubectl delete -f list.yaml\n', 1, { 'list.yaml': list });
    expect(outputOf(t8, 'kubectl delete -f list.yaml')).toBe(
      'Error from server (NotFound): error when deleting "list.yaml": configmaps "gone" not found\n[unable to recognize no matches for kind "Widget" in version "v1", unable to recognize no matches for kind "Gadget" in version "v1"]\n',
    );
  });

  it('sends a lower-case kind (kubectl maps it) and the API server refuses it; another case is not mapped', () => {
    const pod = (kind: string) => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: nginx\n`;
    const t3 = transcriptOf('kubectl apply -f lower.yaml\nkubectl create -f upper.yaml\nkubectl get pods\n', 1, { 'lower.yaml': pod('pod'), 'upper.yaml': pod('POD') });
    expect(outputOf(t3, 'kubectl apply -f lower.yaml')).toBe(
      'Error from server (BadRequest): error when creating "lower.yaml": pod in version "v1" cannot be handled as a Pod: no kind "pod" is registered for version "v1" in scheme "pkg/api/legacyscheme/scheme.go:30"\n',
    );
    expect(outputOf(t3, 'kubectl create -f upper.yaml')).toBe(
      'error: resource mapping not found for name: "p" namespace: "" from "upper.yaml": no matches for kind "POD" in version "v1"\nensure CRDs are installed first\n',
    );
    expect(outputOf(t3, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
  });
});
