// Keeps deploy/.env.example the complete, safe list of settings:
//  1. every setting the code reads (@ConfigurationProperties records, ${...} placeholders,
//     environment.getProperty) is listed, commented out with its default or left empty;
//  2. every variable the deploy files set (compose, Kubernetes, systemd) is a listed setting,
//     so a misspelt name cannot be passed to the assistant and silently ignored;
//  3. each secret (a key of the Kubernetes Secret) is listed empty there and is only a placeholder
//     in the Secret, and every setting has a comment.
// Usage: node check-settings.mjs <repository root>
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const root = process.argv[2] ?? '.';
const problems = [];
const files = (dir, pattern) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
const envName = (property) => property.toUpperCase().replace(/[.-]/g, '_');
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// .env.example: NAME=value lines, live or commented out, each under a comment.
const example = readFileSync(join(root, 'deploy/.env.example'), 'utf8').split('\n');
const listed = new Map();
example.forEach((line, i) => {
  const m = /^(#\s?)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
  if (!m) {
    if (line.trim() !== '' && !line.startsWith('#')) problems.push(`.env.example:${i + 1}: not NAME=value: ${line}`);
    return;
  }
  if (listed.has(m[2])) problems.push(`.env.example:${i + 1}: ${m[2]} is listed twice`);
  const above = example.slice(0, i).reverse().find((l) => !/^(#\s?)?[A-Z][A-Z0-9_]*=/.test(l));
  if (!above?.startsWith('#')) problems.push(`.env.example:${i + 1}: ${m[2]} has no comment above it`);
  listed.set(m[2], { live: !m[1], value: m[3] });
});

// 1. What the code reads.
function recordComponents(source, from) {
  const open = source.indexOf('(', from);
  let depth = 0;
  let end = open;
  for (; end < source.length; end++) {
    if (source[end] === '(') depth++;
    if (source[end] === ')' && --depth === 0) break;
  }
  const parts = [];
  let part = '';
  depth = 0;
  for (const c of source.slice(open + 1, end)) {
    if ('(<'.includes(c)) depth++;
    if (')>'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      parts.push(part);
      part = '';
    } else part += c;
  }
  parts.push(part);
  return parts
    .map((p) => p.replace(/@\w+(\([^)]*\))?/g, '').trim().split(/\s+/))
    .filter((words) => words.length >= 2)
    .map((words) => ({ type: words.at(-2), name: words.at(-1) }));
}

function recordProperties(source, prefix, record, seen = new Set()) {
  const at = source.search(new RegExp(`record\\s+${record}\\s*\\(`));
  if (at < 0 || seen.has(record)) return [];
  seen.add(record);
  return recordComponents(source, at).flatMap(({ type, name }) => {
    const property = `${prefix}.${kebab(name)}`;
    const nested = source.search(new RegExp(`record\\s+${type}\\s*\\(`)) >= 0;
    return nested ? recordProperties(source, property, type, seen) : [property];
  });
}

const read = new Map();
for (const path of files(join(root, 'src/main/java'), /\.java$/)) {
  const source = readFileSync(path, 'utf8');
  const where = relative(root, path);
  for (const m of source.matchAll(/@ConfigurationProperties\("([^"]+)"\)\s*(?:public\s+)?record\s+(\w+)/g)) {
    recordProperties(source, m[1], m[2]).forEach((p) => read.set(envName(p), where));
  }
  for (const m of source.matchAll(/\$\{([A-Za-z][\w.-]*)(?::[^}]*)?\}/g)) read.set(envName(m[1]), where);
  for (const m of source.matchAll(/[eE]nvironment(?:\(\))?\.getProperty\("([A-Za-z][\w.-]*)"\)/g)) read.set(envName(m[1]), where);
}
for (const [name, where] of read) {
  if (!listed.has(name)) problems.push(`deploy/.env.example: ${name} (read in ${where}) is not listed`);
}

// 2. What the deploy files set.
const set = [];
const compose = parse(readFileSync(join(root, 'deploy/compose.yaml'), 'utf8'), { merge: true });
for (const [name, service] of Object.entries(compose.services)) {
  if (!service.build) continue;
  Object.keys(service.environment ?? {}).forEach((key) => set.push([key, `compose.yaml service ${name}`]));
}
for (const path of files(join(root, 'deploy/k8s'), /\.ya?ml$/)) {
  for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
    const o = doc.toJS() ?? {};
    const where = relative(root, path);
    if (o.kind === 'ConfigMap' || o.kind === 'Secret') {
      Object.keys({ ...o.data, ...o.stringData }).forEach((key) => set.push([key, where]));
    }
    for (const c of o.spec?.template?.spec?.containers ?? []) (c.env ?? []).forEach((e) => set.push([e.name, where]));
  }
}
for (const path of files(join(root, 'deploy/systemd'), /\.service$/)) {
  for (const m of readFileSync(path, 'utf8').matchAll(/^Environment=([A-Z][A-Z0-9_]*)=/gm)) set.push([m[1], relative(root, path)]);
}
for (const [name, where] of set) {
  if (!listed.has(name)) problems.push(`${where}: sets ${name}, which deploy/.env.example does not list`);
}

// 3. Secrets are listed empty and live, so that filling them in is the first thing anyone does,
//    and the Kubernetes Secret in the repository holds placeholders only.
const secret = parse(readFileSync(join(root, 'deploy/k8s/base/secret.yaml'), 'utf8'));
for (const [name, value] of Object.entries(secret.stringData)) {
  if (value !== '' && !String(value).startsWith('REPLACE')) {
    problems.push(`deploy/k8s/base/secret.yaml: ${name} holds a value; only "" or a REPLACE... placeholder belongs here`);
  }
  const entry = listed.get(name);
  if (!entry) problems.push(`deploy/.env.example: secret ${name} is not listed`);
  else if (!entry.live || entry.value !== '') problems.push(`deploy/.env.example: secret ${name} must be listed as ${name}= (empty)`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`settings: ${read.size} read by the code and ${set.length} set by deploy files, all in .env.example`);
