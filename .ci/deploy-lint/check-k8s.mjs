// Checks rendered Kubernetes manifests (kubectl kustomize output) without a cluster:
//  1. each object against the Kubernetes API schema (kubernetes-models), types and required fields;
//  2. strictly: a field the API does not have is an error (a misspelt probe field is otherwise
//     dropped by the server without a word), using the field lists of @kubernetes/client-node;
//  3. references between objects: Service and PDB selectors, Ingress backends, envFrom, volumes;
//  4. this project's rules: probes, memory limit, non-root, read-only root, and per variant
//     (sqlite: one replica, Recreate, no PDB; postgres: several replicas and a PDB).
// Usage: node check-k8s.mjs <rendered.yaml> <sqlite|postgres>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAllDocuments } from 'yaml';
import * as client from '@kubernetes/client-node';

const require = createRequire(import.meta.url);
const [file, variant] = process.argv.slice(2);
const problems = [];
const problem = (where, what) => problems.push(`${file}: ${where}: ${what}`);

const models = {
  'v1/ConfigMap': ['kubernetes-models/v1', 'ConfigMap'],
  'v1/Secret': ['kubernetes-models/v1', 'Secret'],
  'v1/Service': ['kubernetes-models/v1', 'Service'],
  'v1/PersistentVolumeClaim': ['kubernetes-models/v1', 'PersistentVolumeClaim'],
  'apps/v1/Deployment': ['kubernetes-models/apps/v1', 'Deployment'],
  'policy/v1/PodDisruptionBudget': ['kubernetes-models/policy/v1', 'PodDisruptionBudget'],
  'networking.k8s.io/v1/Ingress': ['kubernetes-models/networking.k8s.io/v1', 'Ingress'],
};

const LEAF = new Set(['string', 'number', 'boolean', 'Date', 'object', 'any', 'IntOrString']);

function strict(value, type, path) {
  if (value === null || value === undefined || LEAF.has(type)) {
    return;
  }
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => strict(item, array[1], `${path}[${i}]`));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [key, item] of Object.entries(value)) strict(item, map[1], `${path}.${key}`);
    return;
  }
  const model = client[type];
  if (!model || typeof model.getAttributeTypeMap !== 'function') {
    return;
  }
  const fields = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [key, item] of Object.entries(value)) {
    if (!fields.has(key)) {
      problem(path, `unknown field "${key}"`);
    } else {
      strict(item, fields.get(key), `${path}.${key}`);
    }
  }
}

function validate(object, where) {
  const key = `${object.apiVersion}/${object.kind}`;
  if (!models[key]) {
    problem(where, `no schema here for ${key}: add it to check-k8s.mjs`);
    return;
  }
  const [module, name] = models[key];
  try {
    new (require(module)[name])(object).validate();
  } catch (error) {
    problem(where, error.message);
  }
  strict(object, `V1${object.kind}`, object.kind);
}

const matches = (selector, labels) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v) && Object.keys(selector ?? {}).length > 0;

function checkDeployment(d, byKind) {
  const where = `Deployment ${d.metadata.name}`;
  const pod = d.spec.template;
  if (!matches(d.spec.selector?.matchLabels, pod.metadata?.labels)) problem(where, 'selector does not match the pod labels');
  const named = new Set(pod.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name)));
  for (const service of byKind('Service')) {
    const at = `Service ${service.metadata.name}`;
    if (!matches(service.spec?.selector, pod.metadata?.labels)) problem(at, 'selector matches no pod of the Deployment');
    for (const port of service.spec?.ports ?? []) {
      if (typeof port.targetPort === 'string' && !named.has(port.targetPort)) problem(at, `targetPort ${port.targetPort}: no such container port`);
    }
  }
  const podSecurity = pod.spec.securityContext ?? {};
  const volumes = new Set((pod.spec.volumes ?? []).map((v) => v.name));
  for (const v of pod.spec.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (claim && !byKind('PersistentVolumeClaim').some((c) => c.metadata.name === claim)) problem(where, `volume ${v.name}: no claim ${claim}`);
  }
  for (const c of pod.spec.containers) {
    const at = `${where} container ${c.name}`;
    const ports = new Set((c.ports ?? []).map((p) => p.name));
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      const port = c[probe]?.httpGet?.port;
      if (!c[probe]) problem(at, `no ${probe}`);
      else if (typeof port === 'string' && !ports.has(port)) problem(at, `${probe} names port ${port}, which the container lacks`);
    }
    if (!c.resources?.limits?.memory) problem(at, 'no memory limit (the heap is sized from it)');
    const security = c.securityContext ?? {};
    if (security.readOnlyRootFilesystem !== true) problem(at, 'root file system not read-only');
    if (security.allowPrivilegeEscalation !== false) problem(at, 'privilege escalation not turned off');
    if ((security.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true) problem(at, 'not required to run as non-root');
    if (!(c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp')) problem(at, 'no writable /tmp');
    for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) problem(at, `mount ${m.name}: no such volume`);
    for (const from of c.envFrom ?? []) {
      const [kind, ref] = from.configMapRef ? ['ConfigMap', from.configMapRef] : ['Secret', from.secretRef];
      if (!ref.optional && !byKind(kind).some((o) => o.metadata.name === ref.name)) problem(at, `envFrom: no ${kind} ${ref.name}`);
    }
  }
  const pdbs = byKind('PodDisruptionBudget');
  if (variant === 'sqlite') {
    if (d.spec.replicas !== 1) problem(where, 'SQLite takes one writer: replicas must be 1');
    if (d.spec.strategy?.type !== 'Recreate') problem(where, 'SQLite: strategy must be Recreate, so two pods never share the database');
    if (pdbs.length > 0) problem(where, 'a PodDisruptionBudget on one replica would block every node drain');
  } else {
    if (!(d.spec.replicas >= 2)) problem(where, 'the postgres variant runs at least two replicas');
    if (!pdbs.some((p) => matches(p.spec.selector?.matchLabels, pod.metadata?.labels))) problem(where, 'no PodDisruptionBudget selects its pods');
  }
}

function checkIngress(ingress, byKind) {
  for (const rule of ingress.spec.rules ?? []) {
    for (const path of rule.http?.paths ?? []) {
      const backend = path.backend.service;
      const service = byKind('Service').find((s) => s.metadata.name === backend?.name);
      if (!service) problem(`Ingress ${ingress.metadata.name}`, `no Service ${backend?.name}`);
      else if (backend.port.name && !(service.spec?.ports ?? []).some((p) => p.name === backend.port.name)) {
        problem(`Ingress ${ingress.metadata.name}`, `Service ${service.metadata.name} has no port ${backend.port.name}`);
      }
    }
  }
}

const docs = parseAllDocuments(readFileSync(file, 'utf8'));
const objects = [];
docs.forEach((doc, i) => {
  if (doc.errors.length > 0) problem(`document ${i + 1}`, doc.errors[0].message);
  else if (doc.contents) objects.push(doc.toJS());
});
objects.forEach((o) => validate(o, `${o.kind} ${o.metadata?.name}`));
const byKind = (kind) => objects.filter((o) => o.kind === kind);
if (byKind('Deployment').length !== 1) problem('rendered', 'expected exactly one Deployment');
byKind('Deployment').forEach((d) => checkDeployment(d, byKind));
byKind('Ingress').forEach((i) => checkIngress(i, byKind));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${file}: ${objects.length} objects valid (${variant})`);
