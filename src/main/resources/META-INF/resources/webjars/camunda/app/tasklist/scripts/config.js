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
  // Chinese for the validation messages and placeholders of Camunda Forms (form-js)
  customScripts: ['scripts/form-zh'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '签收当前选中的任务'
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
