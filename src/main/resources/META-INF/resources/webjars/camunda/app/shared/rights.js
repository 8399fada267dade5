// Offer only what the user may do: the webapps show every modifying action to everyone, and a
// read-only user meets a refusal after the fact. Each right is asked of the engine
// (authorization/check, for the logged-in user) after every login; until the engine has said yes,
// what needs it stays hidden. An app's script names its rights, the plugins (views) that need them
// and the elements of vendor templates that need them.
const appRoot = document.querySelector('base').getAttribute('app-root');
const engine = (window.location.pathname.match(/\/app\/\w+\/([^/]+)\//) || [])[1] || 'default';

const RESOURCE_TYPES = {
  Task: 7,
  ProcessDefinition: 6,
  ProcessInstance: 8,
  Deployment: 9,
  Batch: 13
};

async function check([permissionName, resourceName]) {
  const query = new URLSearchParams({ permissionName, resourceName, resourceType: RESOURCE_TYPES[resourceName] });
  const response = await fetch(`${appRoot}/api/engine/engine/${engine}/authorization/check?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  return response.ok && (await response.json()).authorized === true;
}

// right name → granted?, for the logged-in user
let granted = {};
// navigation entries (Cockpit's header builds their links itself): shown through their "accessible"
const navigation = [];

/** Marks each right the user holds on <html> (xf-may-…): granted when any of its permissions is. */
async function refresh(rights, user) {
  granted = {};
  if (user) {
    await Promise.all(
      Object.entries(rights).map(async ([name, anyOf]) => {
        const answers = await Promise.all(anyOf.map((permission) => check(permission).catch(() => false)));
        granted[name] = answers.includes(true);
      })
    );
  }
  for (const name of Object.keys(rights)) {
    document.documentElement.classList.toggle(`xf-may-${name}`, granted[name] === true);
  }
  navigation.forEach(({ provider, right }) => (provider.accessible = granted[right] === true));
}

/**
 * rights: name → [[permission, resource], …] (any of them grants it);
 * plugins: 'plugin point:view id' → right; elements: right → [CSS selector, …].
 */
export function offerOnlyWhatIsAllowed(appModule, { rights, plugins = {}, elements = {} }) {
  const hidden = Object.keys(rights).map((name) => {
    const selectors = [`.xf-needs-${name}`, ...(elements[name] || [])];
    return `${selectors.map((selector) => `html:not(.xf-may-${name}) ${selector}`).join(',\n')} { display: none !important; }`;
  });
  const style = document.createElement('style');
  style.textContent = hidden.join('\n');
  document.head.appendChild(style);

  const angular = window.angular;
  angular.module(appModule).config([
    '$provide',
    function ($provide) {
      // a plugin's view is wrapped in an element that the right shows or hides
      $provide.decorator('Plugins', [
        '$delegate',
        function (Plugins) {
          const getProviders = Plugins.getProviders;
          Plugins.getProviders = function (type, options) {
            const providers = getProviders.apply(this, arguments);
            providers.forEach((provider) => {
              const right = plugins[`${options.component}:${provider.id}`];
              if (!right || provider.xfNeeds) {
                return;
              }
              provider.xfNeeds = right;
              if (typeof provider.template === 'string') {
                provider.template = `<span class="xf-needs-${right}">${provider.template}</span>`;
              }
              if (!provider.access) {
                provider.access = [() => (done) => done(null, granted[right] === true)];
                navigation.push({ provider, right });
              }
            });
            return providers;
          };
          return Plugins;
        }
      ]);
    }
  ]);
  angular.module(appModule).run([
    '$rootScope',
    function ($rootScope) {
      $rootScope.$watch(
        () => $rootScope.authentication && $rootScope.authentication.name,
        (user) => refresh(rights, user).then(() => $rootScope.$applyAsync())
      );
    }
  ]);
}
