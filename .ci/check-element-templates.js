// Checks the element templates in .camunda/element-templates/ for Camunda Modeler: each validates
// against the schema Modeler uses (@camunda/element-templates-json-schema), and each delegate
// expression names a bean the application has (@Component("name") under src/main/java).
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const schema = require('@camunda/element-templates-json-schema/resources/schema.json');
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const dir = '.camunda/element-templates';
const beans = new Set();
(function scan(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) scan(file);
    else if (file.endsWith('.java')) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/@Component\("([^"]+)"\)/g)) beans.add(m[1]);
    }
  }
})('src/main/java');

let problems = 0;
for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.json'))) {
  const templates = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  if (!validate(templates)) {
    problems++;
    console.error(`${name}: ${ajv.errorsText(validate.errors)}`);
  }
  for (const template of templates) {
    for (const property of template.properties) {
      const m = property.binding.name === 'camunda:delegateExpression' && /^\$\{(\w+)\}$/.exec(property.value);
      if (property.binding.name === 'camunda:delegateExpression' && (!m || !beans.has(m[1]))) {
        problems++;
        console.error(`${name}: ${template.id} calls ${property.value}, which is no @Component of the application`);
      }
    }
  }
  console.log(`${name}: ${templates.length} templates checked`);
}
process.exit(problems ? 1 : 0);
