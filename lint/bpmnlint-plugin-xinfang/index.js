// The petition platform's own bpmnlint rules. Escalations are checked across files by
// ../check-escalations.js, since a rule sees one file at a time.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-complete': 'error',
        'readable-ids': 'error'
      }
    },

    // Where a recommended bpmnlint rule is wrong for Camunda 7, which runs these models.
    'camunda-7': {
      rules: {
        // bpmnlint discourages inclusive gateways because some engines do not run them; Camunda 7
        // does. Gateway_NewDeadlineClock always resumes handling and, only when the old deadline
        // has passed, also starts the extended clock: exactly an inclusive split.
        'bpmnlint/no-inclusive-gateway': 'off'
      }
    }
  },
  rules: {
    'user-task-complete': './rules/user-task-complete',
    'readable-ids': './rules/readable-ids'
  }
};
