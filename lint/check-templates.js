// Validates the Modeler element templates (../element-templates/*.json) with the validator Camunda
// Modeler itself uses (Camunda 7 schema), and checks that each template's delegate is one the
// processes in ../processes use, so a template cannot name a component that does not exist.
const fs = require('fs');
const path = require('path');
const { validateAll } = require('@bpmn-io/element-templates-validator');

const [templatesDir, processesDir] = process.argv.slice(2);
let failed = false;

const used = new Set();
for (const file of fs.readdirSync(processesDir).filter((f) => f.endsWith('.bpmn'))) {
  const xml = fs.readFileSync(path.join(processesDir, file), 'utf8');
  for (const m of xml.matchAll(/camunda:delegateExpression="(\$\{[^}"]+\})"/g)) {
    used.add(m[1]);
  }
}

for (const file of fs.readdirSync(templatesDir).filter((f) => f.endsWith('.json'))) {
  const templates = JSON.parse(fs.readFileSync(path.join(templatesDir, file), 'utf8'));
  const { valid, results } = validateAll(templates);
  if (!valid) {
    failed = true;
    results
      .filter((r) => !r.valid)
      .forEach((r) => r.errors.forEach((e) => console.error(`${file} ${r.object.id}: ${e.message}`)));
  }
  const ids = new Set();
  for (const template of templates) {
    if (ids.has(template.id)) {
      failed = true;
      console.error(`${file} ${template.id}: id used twice`);
    }
    ids.add(template.id);
    for (const property of template.properties) {
      if (property.binding.name === 'camunda:delegateExpression' && !used.has(property.value)) {
        failed = true;
        console.error(`${file} ${template.id}: ${property.value} is not a delegate the processes use`);
      }
    }
  }
  console.log(`${file}: ${templates.length} templates ${valid ? 'valid' : 'INVALID'}`);
}

process.exit(failed ? 1 : 0);
