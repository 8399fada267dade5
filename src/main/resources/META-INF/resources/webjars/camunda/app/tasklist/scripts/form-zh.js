// Camunda Forms (form-js) in Tasklist 7.24 validate in the browser with English messages and
// placeholders that no locale file covers, and the relative times of the task list ("in 15 days")
// stay English when they render before the Chinese date locale has loaded. Officials read Chinese:
// rewrite them where they appear. The server checks every form value again anyway (FormInput).
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

const DURATIONS = [
  [/^a few seconds$/, () => '几秒'],
  [/^an? minute$/, () => '1 分钟'],
  [/^(\d+) minutes$/, (m) => `${m[1]} 分钟`],
  [/^an? hour$/, () => '1 小时'],
  [/^(\d+) hours$/, (m) => `${m[1]} 小时`],
  [/^a day$/, () => '1 天'],
  [/^(\d+) days$/, (m) => `${m[1]} 天`],
  [/^a month$/, () => '1 个月'],
  [/^(\d+) months$/, (m) => `${m[1]} 个月`],
  [/^a year$/, () => '1 年'],
  [/^(\d+) years$/, (m) => `${m[1]} 年`]
];

// moment's English relative time ("in 15 days", "6 minutes ago") → 15 天后, 6 分钟前
function relativeTime(text) {
  const future = text.match(/^in (.+)$/);
  const past = text.match(/^(.+) ago$/);
  const span = future ? future[1] : past ? past[1] : null;
  if (!span) {
    return null;
  }
  for (const [pattern, chinese] of DURATIONS) {
    const match = span.match(pattern);
    if (match) {
      return chinese(match) + (future ? '后' : '前');
    }
  }
  return null;
}

function rewriteRelativeTimes(root) {
  const spans = root.matches && root.matches('[am-time-ago]') ? [root] : [];
  root.querySelectorAll('[am-time-ago]').forEach((span) => spans.push(span));
  for (const span of spans) {
    const chinese = relativeTime(span.textContent.trim());
    if (chinese !== null) {
      span.textContent = chinese;
    }
  }
}

function rewrite(root) {
  if (!root.querySelectorAll) {
    return;
  }
  rewriteRelativeTimes(root);
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
