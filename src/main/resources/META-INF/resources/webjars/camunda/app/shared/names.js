// Admin's authorization lists, Tasklist's 管理组 dialog and Cockpit's variable scopes show bare ids
// (city-government, registrar, petition, housing-leaders, CallActivity_X#multiInstanceBody): put the
// name beside each, as the organisation file and the models give it: city-government（市人民政府）.
const appRoot = document.querySelector('base').getAttribute('app-root');
const [, appName, engine] = window.location.pathname.match(/\/app\/(\w+)\/([^/]+)\//) || [null, '', 'default'];
const APP_MODULES = { tasklist: 'cam.tasklist', cockpit: 'cam.cockpit', admin: 'cam.admin' };
const api = `${appRoot}/api/engine/engine/${engine}`;

const APPLICATIONS = { tasklist: '任务中心', cockpit: '监控中心', admin: '系统管理', welcome: '欢迎页', '*': '全部' };

// where an id stands alone, and where its name comes from
const PLACES = {
  admin: [
    { selector: 'td.user.group [ng-show="!!authorization.groupId"]', names: 'groups' },
    { selector: 'td.user.group [ng-show="!!authorization.userId"]', names: 'users' },
    { selector: 'td.resource-id', names: 'resources' }
  ],
  tasklist: [
    // 管理组: the candidate groups of a task, and the task's header when a group has no name there
    { selector: '[ng-repeat="group in _groups"] .value', names: 'groups' },
    { selector: '.meta li.groups a', names: 'groups' }
  ],
  cockpit: [
    // a variable's scope: the multi-instance body of an activity has no name of its own
    { selector: 'td.col-scope a', names: 'activities' }
  ]
}[appName];

const names = { groups: {}, users: {}, resources: {}, activities: {} };

async function list(path) {
  const response = await fetch(`${api}/${path}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : [];
}

// the named elements of a process model, and the multi-instance bodies the engine adds to them
async function activitiesOf(definition) {
  const { bpmn20Xml } = await (await fetch(`${api}/process-definition/${definition.id}/xml`, { credentials: 'same-origin' })).json();
  const model = new DOMParser().parseFromString(bpmn20Xml || '<none/>', 'application/xml');
  return [...model.querySelectorAll('[id][name]')].flatMap((element) => {
    const [id, name] = [element.getAttribute('id'), element.getAttribute('name')];
    return [['activities', id, name], ['activities', `${id}#multiInstanceBody`, `${name}，多实例`]];
  });
}

const userName = (user) => `${user.firstName || ''} ${user.lastName || ''}`.trim();

// what each app reads: kind of id → [engine list, the names it gives]
const SOURCES = {
  admin: [
    ['group?maxResults=5000', (group) => [['groups', group.id, group.name], ['resources', group.id, group.name]]],
    ['user?maxResults=5000', (user) => [['users', user.id, userName(user)]]],
    ['process-definition?latestVersion=true&maxResults=1000', (definition) => [['resources', definition.key, definition.name]]],
    ['decision-definition?latestVersion=true&maxResults=1000', (definition) => [['resources', definition.key, definition.name]]]
  ],
  tasklist: [['group?maxResults=5000', (group) => [['groups', group.id, group.name]]]],
  cockpit: [['process-definition?latestVersion=true&maxResults=1000', activitiesOf]]
}[appName];

async function load() {
  Object.assign(names.resources, APPLICATIONS);
  await Promise.all(
    SOURCES.map(async ([path, entries]) => {
      for (const item of await list(path)) {
        for (const [kind, id, name] of await entries(item)) {
          names[kind][id] = name;
        }
      }
    })
  );
  annotate(document.body);
}

// the id is the element's last text; the name goes into a span of its own beside it
function annotate(root) {
  if (!root.querySelectorAll) {
    return;
  }
  for (const place of PLACES) {
    root.querySelectorAll(place.selector).forEach((element) => {
      const id = element.textContent.replace(/（.*）$/, '').trim();
      const name = names[place.names][id];
      const shown = element.querySelector('.xf-name');
      if (shown && shown.dataset.id === id) {
        return;
      }
      if (shown) {
        shown.remove();
      }
      if (name && name !== id) {
        const span = document.createElement('span');
        span.className = 'xf-name';
        span.dataset.id = id;
        span.textContent = `（${name}）`;
        element.appendChild(span);
      }
    });
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    if (target && target.closest) {
      annotate(target.closest('table, .modal, .meta') || target);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

// the lists can be read once someone has logged in
window.angular.module(APP_MODULES[appName]).run([
  '$rootScope',
  function ($rootScope) {
    $rootScope.$watch(
      () => $rootScope.authentication && $rootScope.authentication.name,
      (user) => user && load()
    );
  }
]);

export default [];
