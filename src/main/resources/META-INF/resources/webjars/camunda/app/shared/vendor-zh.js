// English that the webapps' locale files do not reach: the date pickers (AngularJS uib-datepicker in
// Tasklist and Cockpit, flatpickr in Camunda Forms), the diagram and decision-table viewers, a few
// vendor templates. Loaded by each app's config.js (customScripts: ['../shared/vendor-zh']).
// The AngularJS date picker gets Chinese month and day names through $locale; everything else is
// rewritten where it appears, from one dictionary (vendor-zh.json), and only for a Chinese UI.
const appRoot = document.querySelector('base').getAttribute('app-root');
const APP_MODULES = { tasklist: 'cam.tasklist', cockpit: 'cam.cockpit', admin: 'cam.admin' };
const appName = (window.location.pathname.match(/\/app\/(\w+)\//) || [])[1];

let chinese = /^zh/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '');
let dictionary = null;

const ZH_DATES = {
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['日', '一', '二', '三', '四', '五', '六'],
  AMPMS: ['上午', '下午'],
  FIRSTDAYOFWEEK: 0
};

function inScope(element, selector) {
  return element && element.closest && element.closest(selector);
}

function translated(text, element) {
  const trimmed = text.trim();
  if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
    return null;
  }
  for (const scoped of dictionary.within) {
    if (!inScope(element, scoped.selector)) {
      continue;
    }
    if (scoped.texts[trimmed]) {
      return scoped.texts[trimmed];
    }
    // a list such as "READ, UPDATE": each known word in Chinese
    const words = scoped.split ? trimmed.split(scoped.split.trim()).map((word) => word.trim()) : [];
    if (words.length > 1 && words.some((word) => scoped.texts[word])) {
      return words.map((word) => scoped.texts[word] || word).join('、');
    }
  }
  if (dictionary.texts[trimmed]) {
    return dictionary.texts[trimmed];
  }
  for (const [pattern, replacement] of dictionary.patterns) {
    if (pattern.test(trimmed)) {
      return trimmed.replace(pattern, replacement);
    }
  }
  return null;
}

function rewriteText(node) {
  const chineseText = translated(node.nodeValue, node.parentElement);
  if (chineseText !== null) {
    node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), chineseText);
  }
}

function rewriteAttributes(element) {
  for (const name of ['title', 'placeholder', 'aria-label']) {
    const value = element.getAttribute(name);
    const chineseText = value && translated(value, element);
    if (chineseText !== null && chineseText !== undefined && chineseText !== value) {
      element.setAttribute(name, chineseText);
    }
  }
}

function rewrite(root) {
  if (!dictionary || !chinese) {
    return;
  }
  if (root.nodeType === Node.TEXT_NODE) {
    rewriteText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  rewriteAttributes(root);
  root.querySelectorAll('[title], [placeholder], [aria-label]').forEach(rewriteAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    rewriteText(node);
  }
}

new MutationObserver((mutations) => {
  if (!dictionary || !chinese) {
    return;
  }
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(rewrite);
    } else if (mutation.type === 'characterData') {
      rewrite(mutation.target);
    } else {
      rewriteAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['title', 'placeholder', 'aria-label']
});

fetch(`${appRoot}/app/shared/vendor-zh.json`)
  .then((response) => response.json())
  .then((data) => {
    dictionary = {
      texts: data.texts,
      within: data.within,
      patterns: Object.entries(data.patterns).map(([pattern, replacement]) => [new RegExp(pattern), replacement])
    };
    rewrite(document.body);
  })
  .catch(() => {
    // without the dictionary the vendor's English stays; nothing else depends on it
  });

// The AngularJS date picker formats with $locale, which the webapps only ship in English.
const angular = window.angular;
if (angular && APP_MODULES[appName]) {
  angular.module(APP_MODULES[appName]).run([
    '$rootScope',
    '$translate',
    '$locale',
    '$injector',
    function ($rootScope, $translate, $locale, $injector) {
      const english = angular.copy($locale.DATETIME_FORMATS);
      const apply = (language) => {
        chinese = language ? /^zh/i.test(language) : chinese;
        Object.assign($locale.DATETIME_FORMATS, chinese ? ZH_DATES : english);
        if ($injector.has('uibDatepickerConfig')) {
          $injector.get('uibDatepickerConfig').formatDayTitle = chinese ? 'yyyy年M月' : 'MMMM yyyy';
          $injector.get('uibDatepickerConfig').formatMonthTitle = chinese ? 'yyyy年' : 'yyyy';
        }
        rewrite(document.body);
      };
      apply($translate.use() || $translate.proposedLanguage());
      $rootScope.$on('$translateChangeSuccess', (event, change) => apply(change.language));
    }
  ]);
}

export default [];
