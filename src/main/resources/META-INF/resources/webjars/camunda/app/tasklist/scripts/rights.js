// 创建任务 (a task outside any process) is for those the engine allows to create tasks, not for
// every official (see ../shared/rights.js).
import { offerOnlyWhatIsAllowed } from '../../shared/rights.js';

offerOnlyWhatIsAllowed('cam.tasklist', {
  rights: { 'create-task': [['CREATE', 'Task']] },
  elements: { 'create-task': ['.create-task-action'] }
});

export default [];
