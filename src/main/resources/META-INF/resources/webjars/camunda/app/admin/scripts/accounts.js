// 账号与密码 on Admin's dashboard: an administrator resets an official's password (the old one stops
// working, a one-time link to set a new one is mailed: POST /api/admin/accounts/{id}/password-reset)
// and reads the account audit (sign-ins, failures, account changes: GET /api/admin/audit). The API
// decides who may do either; the requests carry the webapp session and its anti-forgery token.

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

function xsrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The API's answer as { ok, body }; a problem's detail is Chinese and safe to show. */
function call(method, url) {
  return fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken() }
  })
    .then((response) =>
      response
        .json()
        .catch(() => ({}))
        .then((body) => ({ ok: response.ok, body }))
    )
    .catch(() => ({ ok: false, body: { detail: '无法连接服务器，请稍后再试' } }));
}

function when(at) {
  const date = new Date(at);
  return isNaN(date) ? at : date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function resetForm(node, afterReset) {
  const form = element('form', { class: 'form-inline account-reset' });
  const input = element('input', {
    class: 'form-control',
    id: 'account-reset-id',
    placeholder: '账号，如 zhang-wei',
    'aria-label': '要重置密码的账号',
    required: 'required',
    pattern: '[a-zA-Z0-9][a-zA-Z0-9-]*'
  });
  const button = element('button', { class: 'btn btn-warning', type: 'submit' }, '重置密码并发送链接');
  const message = element('p', { class: 'account-reset-message', role: 'status' });
  form.appendChild(input);
  form.appendChild(document.createTextNode(' '));
  form.appendChild(button);
  // asked once more on the page itself: the old password stops working at once
  const confirmation = element('div', { class: 'account-reset-confirm', hidden: 'hidden' });
  const question = element('p', { class: 'text-warning' });
  const confirm = element('button', { class: 'btn btn-danger', type: 'button' }, '确认重置');
  const cancel = element('button', { class: 'btn btn-default', type: 'button' }, '取消');
  confirmation.appendChild(question);
  confirmation.appendChild(confirm);
  confirmation.appendChild(document.createTextNode(' '));
  confirmation.appendChild(cancel);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const account = input.value.trim();
    if (!account) {
      return;
    }
    message.textContent = '';
    question.textContent = '重置账号 ' + account + ' 的密码？原密码立即失效，本人将收到设置新密码的一次性链接。';
    confirm.dataset.account = account;
    confirmation.hidden = false;
  });
  cancel.addEventListener('click', () => {
    confirmation.hidden = true;
  });
  confirm.addEventListener('click', () => {
    const account = confirm.dataset.account;
    confirm.disabled = true;
    call('POST', '/api/admin/accounts/' + encodeURIComponent(account) + '/password-reset').then(({ ok, body }) => {
      confirm.disabled = false;
      confirmation.hidden = true;
      message.className = 'account-reset-message ' + (ok ? 'text-success' : 'text-danger');
      message.textContent = ok ? body.message : (body.detail || body.title || '重置失败');
      afterReset();
    });
  });
  node.appendChild(element('p', { class: 'text-muted' },
    '重置后原密码立即失效，系统向该账号的邮箱发送设置新密码的一次性链接（通过政务目录登录的账号除外）。'));
  node.appendChild(form);
  node.appendChild(confirmation);
  node.appendChild(message);
}

function auditTable(node) {
  const filter = element('input', {
    class: 'form-control',
    placeholder: '按账号筛选（留空为全部）',
    'aria-label': '按账号筛选审计记录'
  });
  const body = element('div', { class: 'account-audit' });
  const load = () => {
    const account = filter.value.trim();
    call('GET', '/api/admin/audit' + (account ? '?account=' + encodeURIComponent(account) : '')).then(({ ok, body: answer }) => {
      body.textContent = '';
      if (!ok) {
        body.appendChild(element('p', { class: 'text-danger' }, answer.detail || '无法读取审计记录'));
        return;
      }
      const table = element('table', { class: 'table table-condensed cam-table' });
      const head = element('tr');
      ['时间', '事件', '账号', '操作人', '来源地址', '说明'].forEach((h) => head.appendChild(element('th', {}, h)));
      table.appendChild(element('thead')).appendChild(head);
      const rows = table.appendChild(element('tbody'));
      answer.entries.slice(0, 50).forEach((e) => {
        const row = element('tr');
        [when(e.at), e.eventLabel, e.account, e.actor, e.remote, e.detail].forEach((v) =>
          row.appendChild(element('td', {}, v === null || v === undefined ? '—' : v))
        );
        rows.appendChild(row);
      });
      if (!answer.entries.length) {
        rows.appendChild(element('tr')).appendChild(element('td', { colspan: '6' }, '没有记录'));
      }
      body.appendChild(table);
    });
  };
  filter.addEventListener('change', load);
  node.appendChild(element('h4', {}, '账号审计（最近 50 条）'));
  node.appendChild(filter);
  node.appendChild(body);
  load();
  return load;
}

const dashboard = {
  id: 'accounts.dashboard',
  pluginPoint: 'admin.dashboard.section',
  priority: 5,
  properties: { label: '账号与密码' },
  render: (node) => {
    const box = element('div', { class: 'accounts-section' });
    node.appendChild(box);
    const audit = element('div');
    resetForm(box, () => reload());
    box.appendChild(audit);
    const reload = auditTable(audit);
  }
};

export default [dashboard];
