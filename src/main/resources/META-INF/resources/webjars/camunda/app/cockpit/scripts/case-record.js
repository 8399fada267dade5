// Cockpit CE has no history view, so a closed case cannot be found there. These entries open the
// case's full record (案件完整记录, GET /api/petitions/{caseNo}/record) in a new tab with the
// Cockpit session: on a process instance whose business key is a case number (a button in its
// toolbar and a tab), and on the dashboard by typing a case number (running or closed). The page
// itself decides who may read it.
const CASE_NO = /^XF-\d{4}-\d{6}$/;

function recordUrl(caseNo) {
  return '/api/petitions/' + encodeURIComponent(caseNo) + '/record';
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text) {
    node.textContent = text;
  }
  return node;
}

function recordLink(caseNo, className, label) {
  const link = element('a', {
    class: className,
    href: recordUrl(caseNo),
    target: '_blank',
    rel: 'noopener',
    title: '案件完整记录：在新标签页打开案件 ' + caseNo + ' 的完整记录（可打印）',
    'aria-label': '案件完整记录'
  });
  link.appendChild(element('span', { class: 'glyphicon glyphicon-list-alt' }));
  if (label) {
    link.appendChild(document.createTextNode(' ' + label));
  }
  return link;
}

/** The case number of the process instance (its business key), or null if it is not a case's. */
function caseNoOf(api, processInstanceId) {
  return fetch(api.engineApi + '/process-instance/' + encodeURIComponent(processInstanceId), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((instance) => {
      const caseNo = instance && instance.businessKey;
      return caseNo && CASE_NO.test(caseNo) ? caseNo : null;
    })
    .catch(() => null);
}

/** The process instance's toolbar: one click to the record of the case it belongs to. */
const processInstanceAction = {
  id: 'case-record.process-instance-action',
  pluginPoint: 'cockpit.processInstance.runtime.action',
  priority: 20,
  render: (node, { api, processInstanceId }) => {
    caseNoOf(api, processInstanceId).then((caseNo) => {
      if (caseNo) {
        // an icon like the toolbar's other actions; its tooltip names it
        node.appendChild(recordLink(caseNo, 'btn btn-default action-button case-record-link'));
      }
    });
  }
};

/** A tab beside 变量, 故障…: the same link, named in words. */
const processInstanceTab = {
  id: 'case-record.process-instance-tab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 1,
  properties: { label: '案件记录' },
  render: (node, { api, processInstanceId }) => {
    caseNoOf(api, processInstanceId).then((caseNo) => {
      if (!caseNo) {
        node.appendChild(element('p', { class: 'text-muted' }, '本流程实例不属于信访案件（业务键不是案件编号）。'));
        return;
      }
      node.appendChild(
        element(
          'p',
          {},
          '案件 ' + caseNo + ' 的完整记录：办理步骤及办理人、责任单位与法定期限、流转记录、文书及送达情况，可打印。'
        )
      );
      node.appendChild(recordLink(caseNo, 'btn btn-primary case-record-tab-link', '案件完整记录'));
    });
  }
};

/** The dashboard: type a case number, running or closed, and its record opens. */
const dashboardSearch = {
  id: 'case-record.dashboard-search',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    const form = element('form', { class: 'form-inline case-record-search', novalidate: '' });
    form.appendChild(element('h3', { style: 'margin-top: 0' }, '案件查询'));
    form.appendChild(
      element(
        'p',
        { class: 'help-block' },
        '输入案件编号，查看在办或已办结案件的完整记录（办理步骤、责任单位、期限、文书、流转记录），可打印。'
      )
    );
    const label = element('label', { for: 'case-record-case-no', class: 'sr-only' }, '案件编号');
    const input = element('input', {
      id: 'case-record-case-no',
      class: 'form-control',
      type: 'text',
      name: 'caseNo',
      placeholder: '案件编号，如 XF-2026-000001',
      autocomplete: 'off',
      style: 'width: 22em'
    });
    const button = element('button', { type: 'submit', class: 'btn btn-primary' }, '查看完整记录');
    const message = element('p', { class: 'case-record-message', role: 'status', style: 'margin-top: 8px' });
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(document.createTextNode(' '));
    form.appendChild(button);
    form.appendChild(message);

    const say = (text, isError, link) => {
      message.className = 'case-record-message ' + (isError ? 'text-danger' : 'text-muted');
      message.textContent = text;
      if (link) {
        message.appendChild(document.createTextNode(' '));
        message.appendChild(link);
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const caseNo = input.value.trim().toUpperCase();
      if (!CASE_NO.test(caseNo)) {
        say('案件编号的格式为 XF-年份-六位序号，如 XF-2026-000001。', true);
        return;
      }
      say('正在查询……', false);
      // asked first, so a wrong number is answered here rather than in an empty tab
      fetch('/api/petitions/' + encodeURIComponent(caseNo), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      })
        .then((response) => {
          if (response.ok) {
            const tab = window.open(recordUrl(caseNo), '_blank');
            if (tab) {
              tab.opener = null;
              say('已在新标签页打开案件 ' + caseNo + ' 的完整记录。', false);
            } else {
              say('浏览器拦截了新标签页，请点击：', false, recordLink(caseNo, 'case-record-link', '案件完整记录'));
            }
          } else if (response.status === 404) {
            say('没有编号为 ' + caseNo + ' 的信访事项，或您无权查看。', true);
          } else {
            say('查询失败，请稍后重试或联系系统管理员。', true);
          }
        })
        .catch(() => say('查询失败，请检查网络后重试。', true));
    });
    node.appendChild(form);
  }
};

export default [processInstanceAction, processInstanceTab, dashboardSearch];
