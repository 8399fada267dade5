// Cockpit offers every user to cancel, suspend, retry, edit variables and delete deployments; a
// read-only manager or supervisor then meets a refusal. Offer each action only to those the engine
// allows it (see ../shared/rights.js).
import { offerOnlyWhatIsAllowed } from '../../shared/rights.js';

offerOnlyWhatIsAllowed('cam.cockpit', {
  rights: {
    'delete-instance': [['DELETE', 'ProcessInstance'], ['DELETE_INSTANCE', 'ProcessDefinition']],
    'suspend-instance': [
      ['UPDATE', 'ProcessInstance'],
      ['SUSPEND', 'ProcessInstance'],
      ['UPDATE_INSTANCE', 'ProcessDefinition'],
      ['SUSPEND_INSTANCE', 'ProcessDefinition']
    ],
    'update-variables': [
      ['UPDATE', 'ProcessInstance'],
      ['UPDATE_VARIABLE', 'ProcessInstance'],
      ['UPDATE_INSTANCE', 'ProcessDefinition'],
      ['UPDATE_INSTANCE_VARIABLE', 'ProcessDefinition']
    ],
    'update-jobs': [
      ['UPDATE', 'ProcessInstance'],
      ['RETRY_JOB', 'ProcessInstance'],
      ['UPDATE_INSTANCE', 'ProcessDefinition'],
      ['RETRY_JOB', 'ProcessDefinition']
    ],
    'update-definition': [['UPDATE', 'ProcessDefinition'], ['SUSPEND', 'ProcessDefinition']],
    'update-task': [['UPDATE', 'Task'], ['TASK_ASSIGN', 'Task']],
    'delete-deployment': [['DELETE', 'Deployment']],
    'create-batch': [['CREATE', 'Batch']]
  },
  plugins: {
    'cockpit.processInstance.runtime.action:cancel-process-instance-action': 'delete-instance',
    'cockpit.processInstance.runtime.action:update-suspension-state-action': 'suspend-instance',
    'cockpit.processInstance.runtime.action:add-variable-action': 'update-variables',
    'cockpit.processInstance.runtime.action:job-retry-action': 'update-jobs',
    'cockpit.incident.action:increase-incident-job-retry': 'update-jobs',
    'cockpit.incident.action:increase-incident-external-task-retry': 'update-jobs',
    'cockpit.processDefinition.runtime.action:update-suspension-state-action': 'update-definition',
    'cockpit.processDefinition.runtime.action:bulk-job-definition-override-job-priority-action': 'update-definition',
    'cockpit.jobDefinition.action:update-suspension-state': 'update-definition',
    'cockpit.jobDefinition.action:job-definition-override-job-priority-action': 'update-definition',
    'cockpit.repository.deployment.action:delete-deployment': 'delete-deployment',
    // the batch page, where operations on many instances start
    'cockpit.navigation:batch': 'create-batch'
  },
  elements: {
    // the variables table's 操作 column (edit, delete)
    'update-variables': ['td.actions[ng-if="editable.length"]'],
    // the jobs tab: suspend, activate, recalculate the due date
    'update-jobs': ['[ng-click="toggleSuspension(job)"]', '[ng-click="openRecalculationWindow(job)"]'],
    // the user tasks tab: assignee, candidate groups and users
    'update-task': ['td.assignee .edit-toggle', '.change-group-identity-links', '.change-user-identity-links']
  }
});

export default [];
