// Camunda Forms (form-js) in Tasklist 7.24 validate in the browser with English messages and
// placeholders that no locale file covers. Officials read Chinese: rewrite them where they appear.
// The server checks every value again anyway (see FormInput), with its own Chinese messages.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `最多填写 ${m[1]} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must match pattern .*\.$/s, () => '格式不正确，请按说明填写。'],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^<none>$/, () => '（无）'],
  [/^Add new$/, () => '添加']
];
const PLACEHOLDERS = { Search: '搜索', Select: '请选择' };

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function rewrite(root) {
  if (!root.closest || !(root.closest('.fjs-container') || root.querySelector('.fjs-container'))) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chinese = translate(node.nodeValue);
    if (chinese !== null) {
      node.nodeValue = chinese;
    }
  }
  root.querySelectorAll('input[placeholder]').forEach((input) => {
    const chinese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (chinese) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
    if (target) {
      rewrite(target);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder'] });

export default [];
