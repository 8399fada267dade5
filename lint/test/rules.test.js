// Each of the project's rules fails on a small model that breaks it, and the real models pass.
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const fs = require('node:fs');
const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { readModels, check, bpmnFiles } = require('../check-escalations');

const fixture = name => path.join(__dirname, 'fixtures', name);

async function lint(file, rule) {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(fs.readFileSync(file, 'utf-8'));
  const linter = new Linter({ config: { rules: { [rule]: 'error' } }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  return (reports[rule] || []).map(report => `${report.id}: ${report.message}`);
}

test('every user task has a form, a due date and candidate groups', async () => {
  assert.deepStrictEqual(await lint(fixture('user-tasks.bpmn'), 'xinfang/user-task-complete'), [
    'Task_NoForm: User task has no form (camunda:formRef or camunda:formKey)',
    'Task_NoBinding: User task has camunda:formRef without camunda:formRefBinding',
    'Task_NoDueDate: User task has no due date (camunda:dueDate)',
    'Task_NoCandidates: User task has no candidate groups (camunda:candidateGroups)'
  ]);
});

test('no id is one a modeler generated', async () => {
  const reports = await lint(fixture('generated-ids.bpmn'), 'xinfang/readable-ids');
  assert.deepStrictEqual(reports.map(r => r.split(':')[0]).sort(), [
    'Activity_0abc123',
    'Flow_0k2m9xq',
    'Gateway_1x2y3z4',
    'StartEvent_1',
    'sid-5B0C4A3E-1F2D-4C3B-9A8E-7D6C5B4A3F2E'
  ]);
});

test('an escalation thrown in a called process is caught by its caller, or reported', async () => {
  const models = await readModels(bpmnFiles(fixture('escalations')));
  assert.deepStrictEqual(check(models, []), [
    `${fixture('escalations/called.bpmn')}: Throw_Lost throws escalation 'lost', which no boundary event or event sub-process catches`
  ]);
});

test('an escalation on the allowlist may go uncaught, but the list holds only what is needed', async () => {
  const models = await readModels(bpmnFiles(fixture('escalations')));
  assert.deepStrictEqual(check(models, [ 'lost' ]), []);
  assert.deepStrictEqual(check(models, [ 'lost', 'late', 'gone' ]), [
    "escalation 'late' is caught now; take it off the list of uncaught escalations",
    "escalation 'gone' is allowed to go uncaught but is no longer thrown; take it off the list"
  ]);
});

test("the project's models throw no uncaught escalation", async () => {
  const models = await readModels(bpmnFiles(path.join(__dirname, '..', '..', 'processes')));
  assert.deepStrictEqual(check(models, []), []);
  assert.deepStrictEqual(check(models, require('../escalations.config').allowedUncaught), []);
});
