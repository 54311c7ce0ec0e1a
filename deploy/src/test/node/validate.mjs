// Validates every object of a rendered manifest (kubectl kustomize output) against its schema:
// Kubernetes' own (kubernetes-models) and the prometheus-operator CRDs (@kubernetes-models/prometheus-operator).
// An object of a kind with no schema here fails too. Usage: node validate.mjs FILE... ; exit 1 on any error.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

function modulePath(apiVersion, kind) {
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return `kubernetes-models/${apiVersion}/${kind}`; // "v1/Service", "apps/v1/Deployment", ...
}

let errors = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const obj = doc.toJS();
    if (!obj) continue;
    const where = `${file}: ${obj.kind} ${obj.metadata?.name}`;
    let Model;
    try {
      const mod = await import(modulePath(obj.apiVersion, obj.kind));
      Model = mod[obj.kind];
    } catch (e) {
      console.log(`${where}: no schema for ${obj.apiVersion} ${obj.kind}`);
      errors++;
      continue;
    }
    try {
      new Model(obj).validate();
      checked++;
    } catch (e) {
      console.log(`${where}: ${e.message}`);
      errors++;
    }
  }
}
console.log(`${checked} objects valid, ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
