#!/usr/bin/env node
// Every escalation thrown is caught, across files: bpmnlint sees one file at a time, but an
// escalation thrown in a called process (department-handling) is caught by a boundary event on the
// call activity in its caller (petition), or further up the caller's scopes.
//
//   node check-escalations.js <folder with .bpmn files> [escalations config]
const fs = require('node:fs');
const path = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const is = (element, type) => element && element.$instanceOf && element.$instanceOf(type);

function escalationDefinition(event) {
  return (event.eventDefinitions || []).find(d => is(d, 'bpmn:EscalationEventDefinition'));
}

/** A catching definition without a code catches every escalation (Camunda 7). */
function catches(definition, code) {
  const ref = definition && definition.escalationRef;
  return Boolean(definition) && (!ref || !ref.escalationCode || ref.escalationCode === code);
}

function* flowElements(container) {
  for (const element of container.flowElements || []) {
    yield element;
    if (is(element, 'bpmn:SubProcess')) {
      yield* flowElements(element);
    }
  }
}

/** Parses the files; the models are what {@link uncaughtEscalations} reads. */
async function readModels(files) {
  const moddle = new BpmnModdle({ camunda });
  const models = [];
  for (const file of files) {
    const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf-8'));
    if (warnings.length) {
      throw new Error(`${file}: ${warnings[0].message}`);
    }
    models.push({ file, definitions: rootElement });
  }
  return models;
}

/**
 * Escalations thrown (end or intermediate throw events) that no boundary event or event
 * sub-process catches on the way up from the thrower: its sub-processes, its process, and for a
 * called process the call activities that call it and their scopes in turn.
 */
function uncaughtEscalations(models) {
  const callers = new Map();
  const boundaries = new Map();
  const throws = [];
  for (const { file, definitions } of models) {
    for (const process of definitions.rootElements.filter(e => is(e, 'bpmn:Process'))) {
      for (const element of flowElements(process)) {
        if (is(element, 'bpmn:CallActivity') && element.calledElement) {
          callers.set(element.calledElement, [ ...(callers.get(element.calledElement) || []), element ]);
        }
        if (is(element, 'bpmn:BoundaryEvent') && element.attachedToRef) {
          boundaries.set(element.attachedToRef, [ ...(boundaries.get(element.attachedToRef) || []), element ]);
        }
        const definition = escalationDefinition(element);
        if (definition && (is(element, 'bpmn:EndEvent') || is(element, 'bpmn:IntermediateThrowEvent'))) {
          const ref = definition.escalationRef;
          throws.push({ file, element, code: ref && ref.escalationCode });
        }
      }
    }
  }

  const caughtOn = (activity, code) =>
    (boundaries.get(activity) || []).some(event => catches(escalationDefinition(event), code));

  const caughtInside = (scope, code) =>
    (scope.flowElements || []).some(element =>
      is(element, 'bpmn:SubProcess') && element.triggeredByEvent &&
      (element.flowElements || []).some(start =>
        is(start, 'bpmn:StartEvent') && catches(escalationDefinition(start), code)));

  function caught(element, code, seen) {
    for (let scope = element.$parent; scope; scope = scope.$parent) {
      if (caughtInside(scope, code)) {
        return true;
      }
      if (is(scope, 'bpmn:SubProcess') && !scope.triggeredByEvent && caughtOn(scope, code)) {
        return true;
      }
      if (is(scope, 'bpmn:Process')) {
        return (callers.get(scope.id) || []).some(call =>
          !seen.has(call) && (caughtOn(call, code) || caught(call, code, new Set([ ...seen, call ]))));
      }
    }
    return false;
  }

  return {
    thrown: throws,
    uncaught: throws.filter(({ element, code }) => !caught(element, code, new Set()))
  };
}

/** Findings, one line each: uncaught escalations not allowed, and allowances no longer needed. */
function check(models, allowedUncaught) {
  const { thrown, uncaught } = uncaughtEscalations(models);
  const findings = uncaught
    .filter(({ code }) => !allowedUncaught.includes(code))
    .map(({ file, element, code }) =>
      `${file}: ${element.id} throws escalation '${code}', which no boundary event or event sub-process catches`);
  for (const code of allowedUncaught) {
    if (!thrown.some(t => t.code === code)) {
      findings.push(`escalation '${code}' is allowed to go uncaught but is no longer thrown; take it off the list`);
    } else if (!uncaught.some(t => t.code === code)) {
      findings.push(`escalation '${code}' is caught now; take it off the list of uncaught escalations`);
    }
  }
  return findings;
}

function bpmnFiles(folder) {
  return fs.readdirSync(folder)
    .filter(name => name.endsWith('.bpmn'))
    .map(name => path.join(folder, name))
    .sort();
}

module.exports = { readModels, uncaughtEscalations, check, bpmnFiles };

if (require.main === module) {
  const [ folder, configFile = path.join(__dirname, 'escalations.config.js') ] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: node check-escalations.js <folder> [escalations config]');
    process.exit(2);
  }
  const { allowedUncaught = [] } = require(path.resolve(configFile));
  readModels(bpmnFiles(folder)).then(models => {
    const findings = check(models, allowedUncaught);
    findings.forEach(finding => console.error(finding));
    if (findings.length) {
      process.exit(1);
    }
    console.log(`escalations: ${models.length} files, every escalation thrown is caught ` +
      `(allowed uncaught: ${allowedUncaught.join(', ') || 'none'})`);
  }).catch(error => {
    console.error(error.message);
    process.exit(1);
  });
}
