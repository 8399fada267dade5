// 信访态势 (监控中心): what managers judge units by, inside Cockpit CE's plugin API.
//  - a header tab 信访态势 (#/monitoring): the unit table for a period (日/周/月/自定义), sorted by
//    overdue, each figure against the previous period, units below the thresholds in red, the
//    overdue list linking each case to its process instance, and the reports to download;
//  - a section on the dashboard leading there;
//  - on the diagrams of petition, department-handling, supervision and case-ownership: per
//    activity, how many cases wait there now, how many of those are overdue, and the median time
//    spent there over the period, coloured by overdue share (卡点).
// The figures come from /api/kpi/… with the Cockpit session; the server decides who sees what.

const ZONE = 'Asia/Shanghai';

function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  });
  return node;
}

function getJson(path) {
  return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(
    (response) =>
      response
        .json()
        .catch(() => ({}))
        .then((body) => {
          if (!response.ok) {
            throw new Error(body.detail || '查询失败（' + response.status + '），请稍后重试或联系系统管理员。');
          }
          return body;
        })
  );
}

/** Today in Beijing as yyyy-mm-dd. */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

function shift(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The period of a kind that holds the day: 日, the week from Monday, the calendar month. */
function periodOf(kind, day) {
  if (kind === 'week') {
    const weekday = (new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7;
    const monday = shift(day, -weekday);
    return { from: monday, to: shift(monday, 6) };
  }
  if (kind === 'month') {
    const first = day.slice(0, 8) + '01';
    const next = new Date(first + 'T00:00:00Z');
    next.setUTCMonth(next.getUTCMonth() + 1);
    return { from: first, to: shift(next.toISOString().slice(0, 10), -1) };
  }
  return { from: day, to: day };
}

const COLUMNS = [
  { key: 'received', label: '收案', better: 0 },
  { key: 'acceptedOnTimeRate', label: '按期受理率', rate: true, better: 1 },
  { key: 'closed', label: '办结', better: 1 },
  { key: 'closedOnTimeRate', label: '按期办结率', rate: true, better: 1 },
  { key: 'overdueNow', label: '当前超期', better: -1, now: true },
  { key: 'extensions', label: '延期', better: -1 },
  { key: 'objections', label: '退回', better: -1 },
  { key: 'buckPassing', label: '推诿', better: -1 },
  { key: 'supervisionNotices', label: '督办函', better: -1 },
  { key: 'publicNotices', label: '通报', better: -1 },
  { key: 'accountabilityProposals', label: '问责建议', better: -1 },
  { key: 'satisfactionRate', label: '满意率', rate: true, better: 1 },
  { key: 'repeatRate', label: '重复信访率', rate: true, better: -1 },
  { key: 'hotlineResponseRate', label: '热线响应率', rate: true, better: 1 },
  { key: 'hotlineResolutionRate', label: '热线解决率', rate: true, better: 1 },
  { key: 'hotlineSatisfactionRate', label: '热线满意率', rate: true, better: 1 },
  { key: 'medianDaysToClose', label: '办结用时中位数（天）', better: -1 }
];

function shown(value, rate) {
  if (value === null || value === undefined) {
    return '—';
  }
  return rate ? value + '%' : String(value);
}

/** ↑ or ↓ against the previous period, green when better, red when worse. */
function trend(column, value, before) {
  // a figure of today has no previous period; nothing against nothing says nothing
  if (column.now || value === null || value === undefined || before === null || before === undefined) {
    return null;
  }
  if (Number(value) === 0 && Number(before) === 0) {
    return null;
  }
  const delta = Number(value) - Number(before);
  if (delta === 0) {
    return h('span', { class: 'kpi-trend text-muted', title: '与上期持平（' + shown(before, column.rate) + '）' }, ' →');
  }
  const good = column.better === 0 ? null : delta * column.better > 0;
  const colour = good === null ? 'text-muted' : good ? 'text-success' : 'text-danger';
  return h(
    'span',
    { class: 'kpi-trend ' + colour, title: '上期 ' + shown(before, column.rate) },
    delta > 0 ? ' ↑' : ' ↓'
  );
}

function unitTable(answer) {
  const head = h('tr', {}, h('th', {}, '单位'), COLUMNS.map((c) => h('th', { class: 'text-right' }, c.label)));
  const rows = answer.units.map((u) => {
    const before = (answer.previous || {})[u.unit] || {};
    const red = (u.belowThreshold || []).length > 0;
    return h(
      'tr',
      {
        class: red ? 'danger kpi-red' : null,
        'data-unit': u.unit,
        title: red ? '低于阈值：' + u.belowThreshold.join('；') : null
      },
      h('td', {}, u.unitName),
      COLUMNS.map((c) =>
        h('td', { class: 'text-right', 'data-figure': c.key }, shown(u[c.key], c.rate), trend(c, u[c.key], before[c.key]))
      )
    );
  });
  return h(
    'div',
    { class: 'table-responsive' },
    h('table', { class: 'table table-condensed table-bordered kpi-units' }, h('thead', {}, head), h('tbody', {}, rows))
  );
}

function overdueTable(answer) {
  if (!answer.overdue.length) {
    return h('p', { class: 'text-muted kpi-overdue-none' }, '没有超期的案件。');
  }
  const rows = answer.overdue.map((o) =>
    h(
      'tr',
      {},
      h(
        'td',
        {},
        o.processInstanceId
          ? h('a', { href: '#/process-instance/' + encodeURIComponent(o.processInstanceId) + '/runtime', title: '在监控中心打开本案的流程实例' }, o.caseNo)
          : o.caseNo
      ),
      h('td', {}, o.unitName),
      h('td', {}, o.stage),
      h('td', {}, o.deadline),
      h('td', { class: 'text-right text-danger' }, String(o.days)),
      h(
        'td',
        {},
        h('a', { href: '/api/petitions/' + encodeURIComponent(o.caseNo) + '/record', target: '_blank', rel: 'noopener' }, '案件记录')
      )
    )
  );
  return h(
    'table',
    { class: 'table table-condensed table-striped kpi-overdue' },
    h('thead', {}, h('tr', {}, ['案件编号', '责任单位', '环节', '期限', '超期天数', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, rows),
    answer.total > answer.overdue.length
      ? h('caption', {}, '共 ' + answer.total + ' 件，列出超期最久的 ' + answer.overdue.length + ' 件')
      : null
  );
}

const KINDS = [
  ['day', '日'],
  ['week', '周'],
  ['month', '月'],
  ['custom', '自定义']
];

const REPORTS = [
  ['daily', '日报告'],
  ['weekly', '周例会'],
  ['monthly', '月督查']
];

function reportLinks(day) {
  return h(
    'p',
    { class: 'kpi-reports' },
    '报告：',
    REPORTS.map(([kind, name]) =>
      h(
        'span',
        { style: 'margin-right: 1.5em' },
        name + ' ',
        ['html', 'csv', 'xlsx'].map((format) =>
          h(
            'a',
            {
              href: '/api/reports/' + kind + '?date=' + day + '&format=' + format,
              target: format === 'html' ? '_blank' : null,
              rel: 'noopener',
              class: 'kpi-report-' + kind + '-' + format,
              style: 'margin-right: 0.5em'
            },
            format === 'html' ? '打印' : format.toUpperCase()
          )
        )
      )
    )
  );
}

function monitoringView(node) {
  const state = { kind: 'month', day: today(), from: null, to: null, level: '' };
  const buttons = h('div', { class: 'btn-group', role: 'group', 'aria-label': '统计周期' });
  const from = h('input', { type: 'date', class: 'form-control input-sm', 'aria-label': '开始日期' });
  const to = h('input', { type: 'date', class: 'form-control input-sm', 'aria-label': '结束日期' });
  const custom = h('span', { class: 'kpi-custom', style: 'display: none; margin-left: 1em' }, from, ' 至 ', to, ' ');
  const apply = h('button', { type: 'button', class: 'btn btn-default btn-sm' }, '查询');
  custom.appendChild(apply);
  const level = h(
    'select',
    { class: 'form-control input-sm', 'aria-label': '层级', style: 'display: inline-block; width: auto; margin-left: 1em' },
    h('option', { value: '' }, '本级及以下'),
    h('option', { value: 'district' }, '旗县区及以下'),
    h('option', { value: 'township' }, '苏木乡镇及以下'),
    h('option', { value: 'village' }, '嘎查村/社区'),
    h('option', { value: 'city' }, '盟市及以下'),
    h('option', { value: 'region' }, '自治区及以下')
  );
  const status = h('p', { class: 'kpi-status text-muted', role: 'status' });
  const units = h('div', { class: 'kpi-units-box' });
  const overdue = h('div', { class: 'kpi-overdue-box' });
  const reports = h('div', { class: 'kpi-reports-box' });

  KINDS.forEach(([kind, label]) => {
    const button = h('button', { type: 'button', class: 'btn btn-default btn-sm', 'data-kind': kind }, label);
    button.addEventListener('click', () => {
      state.kind = kind;
      custom.style.display = kind === 'custom' ? 'inline' : 'none';
      if (kind !== 'custom') {
        load();
      }
      mark();
    });
    buttons.appendChild(button);
  });
  apply.addEventListener('click', () => {
    state.from = from.value;
    state.to = to.value;
    load();
  });
  level.addEventListener('change', () => {
    state.level = level.value;
    load();
  });

  function mark() {
    buttons.querySelectorAll('button').forEach((b) => b.classList.toggle('active', b.getAttribute('data-kind') === state.kind));
  }

  function load() {
    const period = state.kind === 'custom' ? { from: state.from, to: state.to } : periodOf(state.kind, state.day);
    if (!period.from || !period.to) {
      status.className = 'kpi-status text-danger';
      status.textContent = '请选择开始和结束日期。';
      return;
    }
    status.className = 'kpi-status text-muted';
    status.textContent = '正在统计……';
    const levelParam = state.level ? '&level=' + encodeURIComponent(state.level) : '';
    Promise.all([
      getJson('/api/kpi/units?from=' + period.from + '&to=' + period.to + levelParam),
      getJson('/api/kpi/overdue?' + levelParam.slice(1))
    ])
      .then(([figures, late]) => {
        status.textContent =
          '统计周期 ' + figures.from + ' 至 ' + figures.to + '（箭头对比上期 ' + figures.previousFrom + ' 至 ' + figures.previousTo +
          '；按期受理率、按期办结率低于 ' + figures.redBelow.closedOnTimeRate + '%、满意率低于 ' + figures.redBelow.satisfactionRate +
          '% 的单位标红；“—”表示本期无可统计的数据）';
        units.replaceChildren(unitTable(figures));
        overdue.replaceChildren(h('h3', {}, '超期案件（当前）'), overdueTable(late));
        reports.replaceChildren(reportLinks(period.to));
      })
      .catch((error) => {
        status.className = 'kpi-status text-danger';
        status.textContent = error.message;
        units.replaceChildren();
        overdue.replaceChildren();
      });
  }

  // Cockpit's page box (.ctn-main) clips what overflows it: the view fills .ctn-wrapper, the
  // nearest positioned box, and scrolls inside it
  node.style.cssText = 'position: absolute; top: 0; bottom: 0; left: 0; right: 0; overflow-y: auto';
  node.appendChild(
    h(
      'div',
      { class: 'kpi-monitoring', style: 'padding: 0 15px 30px' },
      h('h2', {}, '信访态势'),
      h('div', { class: 'form-inline', style: 'margin-bottom: 10px' }, buttons, custom, level),
      status,
      units,
      reports,
      overdue
    )
  );
  mark();
  load();
}

const navigation = {
  id: 'monitoring.navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 100,
  properties: {
    pagePath: '#/monitoring',
    label: '信访态势',
    checkActive: (path) => path.indexOf('#/monitoring') > -1
  }
};

const route = {
  id: 'monitoring.route',
  pluginPoint: 'cockpit.route',
  properties: { path: '/monitoring', label: '信访态势' },
  render: (node) => monitoringView(node)
};

const dashboard = {
  id: 'monitoring.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 200,
  render: (node) => {
    const summary = h('p', { class: 'kpi-summary text-muted' }, '正在统计……');
    node.appendChild(
      h(
        'section',
        { class: 'kpi-dashboard' },
        h('h3', { style: 'margin-top: 0' }, h('a', { href: '#/monitoring' }, '信访态势')),
        summary
      )
    );
    getJson('/api/kpi/overdue')
      .then((late) => {
        summary.textContent = '当前超期案件 ' + late.total + ' 件。';
        summary.appendChild(h('a', { href: '#/monitoring' }, '查看各单位指标、超期清单和报告'));
      })
      .catch((error) => {
        summary.textContent = error.message;
      });
  }
};

/** 模型部署记录: the last deployments, who made them and what changed (managers, designers). */
const deployments = {
  id: 'monitoring.deployments',
  pluginPoint: 'cockpit.dashboard',
  priority: 150,
  render: (node) => {
    fetch('/api/designer/deployments?limit=5&ifAllowed=true', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then((response) => (response.status === 200 ? response.json() : null))
      .then((answer) => {
        if (!answer) {
          return;
        }
        const rows = answer.deployments.map((d) =>
          h(
            'tr',
            {},
            h('td', {}, new Date(d.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })),
            h('td', {}, d.actor || '平台启动'),
            h('td', {}, d.name || '—'),
            h('td', { class: 'deployment-summary' }, d.summary.split('\n').slice(0, 3).join('；'))
          )
        );
        node.appendChild(
          h(
            'section',
            { class: 'deployment-ledger' },
            h('h3', { style: 'margin-top: 0' }, '模型部署记录'),
            h(
              'table',
              { class: 'table table-condensed cam-table' },
              h('thead', {}, h('tr', {}, h('th', {}, '时间'), h('th', {}, '部署人'), h('th', {}, '部署名称'), h('th', {}, '变化'))),
              h('tbody', {}, rows)
            )
          )
        );
      })
      .catch(() => {});
  }
};

/** The processes whose diagrams carry 卡点 (the server counts these only). */
const STALL_PROCESSES = ['petition', 'department-handling', 'supervision', 'case-ownership'];

/** 卡点: counts beside each activity, its colour by the share of waiting cases that are overdue. */
const diagram = {
  id: 'monitoring.diagram',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: (viewer, { processDefinitionId }) => {
    if (!STALL_PROCESSES.includes(String(processDefinitionId).split(':')[0])) {
      return;
    }
    const period = periodOf('month', today());
    getJson(
      '/api/kpi/activities?processDefinitionId=' + encodeURIComponent(processDefinitionId) +
        '&from=' + shift(period.to, -89) + '&to=' + period.to
    )
      .then((answer) => {
        const overlays = viewer.get('overlays');
        const registry = viewer.get('elementRegistry');
        answer.activities.forEach((a) => {
          if (!registry.get(a.activityId)) {
            return;
          }
          const share = a.overdueShare === null ? 0 : Number(a.overdueShare);
          const colour = a.waiting === 0 ? '#777' : share >= 50 ? '#c9302c' : share > 0 ? '#ec971f' : '#449d44';
          const median = a.medianHours === null ? '—' : Number(a.medianHours) >= 48 ? (Number(a.medianHours) / 24).toFixed(1) + '天' : a.medianHours + '小时';
          overlays.add(a.activityId, 'kpi-stall', {
            position: { top: -18, left: 0 },
            // readable when Cockpit fits a large diagram into the window
            scale: { min: 1 },
            html: h(
              'div',
              {
                class: 'kpi-stall',
                'data-activity': a.activityId,
                title: '在此等待 ' + a.waiting + ' 件，其中超期 ' + a.overdue + ' 件；近 90 日在此停留时间中位数 ' + median + '（各版本合计）',
                style:
                  'background:' + colour + ';color:#fff;border-radius:3px;padding:0 4px;font-size:11px;white-space:nowrap;opacity:0.9'
              },
              '待' + a.waiting + ' 超' + a.overdue + ' 中位' + median
            )
          });
        });
      })
      .catch(() => {
        // another process, or no right to the figures: the diagram stays as Cockpit draws it
      });
  }
};

export default [navigation, route, dashboard, deployments, diagram];
