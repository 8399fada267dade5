// Replaces the webjar's config.js: Chinese first for a zh browser, English as the fallback.
export default {
  app: {
    name: '系统管理',
    vendor: '信访流转平台'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // vendor-zh: English no locale file reaches; names: group types and names beside ids;
  // accounts: 账号与密码 on the dashboard (password reset with a mailed link, the account audit)
  customScripts: ['../shared/vendor-zh', '../shared/names', 'scripts/accounts']
};
