// Replaces the webjar's config.js: Chinese first for a zh browser, English as the fallback.
// The keyboard shortcuts are the webjar's defaults, described in Chinese.
export default {
  app: {
    name: '任务中心',
    vendor: '信访流转平台'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // form-zh: Chinese for Camunda Forms' validation; vendor-zh: English no locale file reaches;
  // start-form: refusals beside 启动, the case number after it; case-search: search by case number;
  // names: group names beside ids; rights: 创建任务 only for those who may create tasks;
  // sso: 统一身份认证登录 on the login page (profile sso)
  customScripts: ['scripts/form-zh', '../shared/vendor-zh', '../shared/names', 'scripts/start-form', 'scripts/case-search', 'scripts/rights', '../shared/sso'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '定位到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '定位到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '定位到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
