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
  // vendor-zh: English no locale file reaches; names: names beside ids; rights: only the actions
  // the user may take; case-record: 案件完整记录 from a process instance, 案件查询 on the dashboard;
  // monitoring: the 信访态势 tab (unit figures, overdue list, reports) and 卡点 on the diagrams;
  // sso: 统一身份认证登录 on the login page (profile sso)
  customScripts: ['../shared/vendor-zh', '../shared/names', 'scripts/rights', 'scripts/case-record', 'scripts/monitoring', '../shared/sso']
};
