// Replaces the webjar's config.js: Chinese first for a zh browser, English as the fallback.
export default {
  app: {
    name: '监控中心',
    vendor: '信访流转平台'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // 案件完整记录: from a process instance, and 案件查询 on the dashboard
  customScripts: ['scripts/case-record']
};
