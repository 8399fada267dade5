const { is } = require('bpmnlint-utils');

/**
 * Every user task can be worked in Tasklist: it has a form (a deployed Camunda Form bound by
 * camunda:formRef with camunda:formRefBinding, or a camunda:formKey), a due date (camunda:dueDate)
 * and the groups that may claim it (camunda:candidateGroups).
 */
module.exports = function() {

  function attr(node, name) {
    const value = node.get ? node.get('camunda:' + name) : undefined;
    const raw = value === undefined && node.$attrs ? node.$attrs['camunda:' + name] : value;
    return typeof raw === 'string' ? raw.trim() : raw;
  }

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const formRef = attr(node, 'formRef');
    if (formRef && !attr(node, 'formRefBinding')) {
      reporter.report(node.id, 'User task has camunda:formRef without camunda:formRefBinding', [ 'formRefBinding' ]);
    } else if (!formRef && !attr(node, 'formKey')) {
      reporter.report(node.id, 'User task has no form (camunda:formRef or camunda:formKey)', [ 'formRef' ]);
    }
    if (!attr(node, 'dueDate')) {
      reporter.report(node.id, 'User task has no due date (camunda:dueDate)', [ 'dueDate' ]);
    }
    if (!attr(node, 'candidateGroups')) {
      reporter.report(node.id, 'User task has no candidate groups (camunda:candidateGroups)', [ 'candidateGroups' ]);
    }
  }

  return { check };
};
