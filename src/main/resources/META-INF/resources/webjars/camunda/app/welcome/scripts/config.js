// Replaces the webjar's config.js: Chinese first for a zh browser, English as the fallback.
export default {
  app: {
    name: '欢迎页',
    vendor: '信访流转平台'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
