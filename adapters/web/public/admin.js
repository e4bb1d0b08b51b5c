// The admin console. The token stays in this tab's sessionStorage and travels only in the
// Authorization header; every value from the server is set with textContent.
(function () {
  'use strict';
  var token = sessionStorage.getItem('policy-bot-admin') || '';
  var $ = function (id) { return document.getElementById(id); };

  function api(path, options) {
    options = options || {};
    options.headers = Object.assign({ Authorization: 'Bearer ' + token }, options.headers || {});
    return fetch('/admin/api/' + path, options).then(function (response) {
      if (response.status === 401) throw new Error('unauthorized');
      return response;
    });
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  /** One row per item: its id as a link that opens it, then the columns `values` gives. */
  function fillTable(tableId, items, open, values) {
    var body = $(tableId).querySelector('tbody');
    body.textContent = '';
    items.forEach(function (item) {
      var row = document.createElement('tr');
      var link = document.createElement('a');
      link.href = '#';
      link.textContent = item.id;
      link.addEventListener('click', function (event) { event.preventDefault(); open(item.id); });
      cell(row, '').appendChild(link);
      values(item).forEach(function (value) { cell(row, value); });
      body.appendChild(row);
    });
  }

  function loadNeeds() {
    var query = new URLSearchParams();
    if ($('filter-status').value) query.set('status', $('filter-status').value);
    if ($('filter-county').value) query.set('county', $('filter-county').value);
    if ($('filter-since').value) query.set('since', $('filter-since').value);
    return api('needs?' + query).then(function (r) { return r.json(); }).then(function (needs) {
      fillTable('needs', needs, showNeed, function (need) { return [need.status, need.display.createdAt, need.county, need.companyName, need.amount, need.product]; });
    });
  }

  var CHANNEL_NAMES = { web: '网页', wechat: '微信', feishu: '飞书' };
  var CHANNEL_STATES = { 'not-configured': '未开启', starting: '启动中', connected: '已连接', 'waiting-for-login': '等待扫码登录', error: '出错' };

  function showNeed(id) {
    api('needs/' + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (need) {
      var box = $('need-detail');
      box.hidden = false;
      box.textContent = '';
      var pre = document.createElement('pre');
      var lines = ['编号：' + need.id, '状态：' + need.status, '提交：' + need.display.createdAt + '　更新：' + need.display.updatedAt];
      if (need.display.sameCreditCode) lines.push(need.display.sameCreditCode);
      lines = lines.concat(['企业：' + need.companyName, '信用代码：' + need.creditCode, '县区：' + need.county + '　行业：' + need.industry,
        '联系人：' + need.contactName + ' ' + need.phone, '金额：' + need.amount + '万元', '用途：' + need.purpose, '期限：' + need.term,
        '担保：' + need.guarantee, '认定：' + need.certification, '产品：' + need.product, '补充：' + (need.notes || ''),
        '授权：' + need.consent.version + ' ' + need.display.consentAt, '', '记录：']);
      need.display.history.forEach(function (entry) { lines.push('  ' + entry.at + ' ' + entry.status + '（' + entry.by + '）' + (entry.change ? ' ' + entry.change : '')); });
      if (need.display.staffNotes.length) {
        lines.push('', '工作人员备注：');
        need.display.staffNotes.forEach(function (note) { lines.push('  ' + note.at + ' ' + note.by + '：' + note.text); });
      }
      pre.textContent = lines.join('\n');
      box.appendChild(pre);
      // Only the statuses this need may move to (the same transitions as the command line and Feishu).
      if (need.transitions.length) {
        var select = document.createElement('select');
        select.id = 'need-status';
        need.transitions.forEach(function (status) {
          var option = document.createElement('option');
          option.textContent = status;
          select.appendChild(option);
        });
        var button = document.createElement('button');
        button.textContent = '更新状态';
        button.addEventListener('click', function () {
          api('needs/' + encodeURIComponent(id) + '/status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: select.value }) })
            .then(function () { return loadNeeds(); }).then(function () { showNeed(id); });
        });
        box.appendChild(select);
        box.appendChild(button);
      }
      var note = document.createElement('textarea');
      note.id = 'need-note';
      note.placeholder = '添加工作人员备注（不会发给企业）';
      var save = document.createElement('button');
      save.textContent = '保存备注';
      save.addEventListener('click', function () {
        if (!note.value.trim()) return;
        api('needs/' + encodeURIComponent(id) + '/notes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: note.value }) })
          .then(function () { showNeed(id); });
      });
      box.appendChild(note);
      box.appendChild(save);
    });
  }

  function postJson(path, value) {
    return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value || {}) })
      .then(function (r) { return r.json(); });
  }

  function loadHandoffs() {
    return api('handoffs').then(function (r) { return r.json(); }).then(function (result) {
      var c = result.counts;
      $('handoff-counts').textContent = '待处理 ' + c['待处理'] + ' · 处理中 ' + c['处理中'] + ' · 已答复 ' + c['已答复'] + ' · 已关闭 ' + c['已关闭'];
      fillTable('handoffs', result.requests, function (id) { showHandoff(id); }, function (request) { return [request.status, request.display.channel, request.company || '', request.question, request.display.createdAt]; });
    });
  }

  function actionButton(label, onClick) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }

  function showHandoff(id, notice) {
    api('handoffs/' + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (request) {
      var box = $('handoff-detail');
      box.hidden = false;
      box.textContent = '';
      // The server renders the request the way Feishu and the command line show it.
      var pre = document.createElement('pre');
      pre.textContent = request.display.text;
      box.appendChild(pre);
      var result = document.createElement('p');
      result.id = 'handoff-result';
      result.textContent = notice || '';
      var after = function (outcome) {
        return loadHandoffs().then(function () { showHandoff(id, outcome.message || outcome.error); });
      };
      if (request.status !== '已关闭') {
        var reply = document.createElement('textarea');
        reply.id = 'handoff-reply';
        reply.placeholder = '答复企业（会发到企业提问的渠道）';
        box.appendChild(reply);
        box.appendChild(actionButton('回复企业', function () {
          if (!reply.value.trim()) return;
          postJson('handoffs/' + encodeURIComponent(id) + '/reply', { text: reply.value }).then(after);
        }));
        if (request.status === '待处理') box.appendChild(actionButton('标为处理中', function () { postJson('handoffs/' + encodeURIComponent(id) + '/take').then(after); }));
        box.appendChild(actionButton('关闭', function () { postJson('handoffs/' + encodeURIComponent(id) + '/close').then(after); }));
      } else {
        var clause = document.createElement('input');
        clause.id = 'handoff-clause';
        clause.placeholder = '引用条款，如 financing#tax-loan';
        box.appendChild(clause);
        box.appendChild(actionButton('生成问答草稿', function () {
          postJson('handoffs/' + encodeURIComponent(id) + '/draft', { clause: clause.value }).then(after);
        }));
      }
      box.appendChild(result);
    });
  }

  function download(format) {
    api('needs/export?format=' + format).then(function (r) { return r.blob(); }).then(function (blob) {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'financing-needs.' + format;
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }

  function loadRest() {
    api('unanswered').then(function (r) { return r.json(); }).then(function (rows) {
      var body = $('unanswered').querySelector('tbody');
      body.textContent = '';
      rows.forEach(function (entry) {
        var row = document.createElement('tr');
        cell(row, entry.question); cell(row, entry.count); cell(row, entry.lastAtText);
        cell(row, '').appendChild(actionButton('生成草稿', function () {
          $('draft-form').hidden = false;
          $('draft-question').value = entry.question;
          $('draft-result').textContent = '';
          $('draft-answer').focus();
        }));
        body.appendChild(row);
      });
    });
    api('knowledge').then(function (r) { return r.json(); }).then(function (status) {
      $('knowledge').textContent = '文件：' + status.files + '，条款：' + status.clauses + '，问答：' + status.faq + '\n最近加载：' + status.loadedAt +
        (status.problems.length ? '\n最近一次更新未生效：\n' + status.problems.join('\n') : '\n最近一次更新：正常');
    });
    api('assessments').then(function (r) { return r.json(); }).then(function (counts) {
      var names = { innovative: '创新型中小企业', specialized: '专精特新中小企业' };
      $('assessments').textContent = Object.keys(counts).map(function (tier) {
        var c = counts[tier];
        return (names[tier] || tier) + '：可能符合 ' + c.eligible + '，暂不符合 ' + c['not-eligible'] + '，待定 ' + c.undecided;
      }).join('\n') || '暂无自测记录';
    });
    api('channels').then(function (r) { return r.json(); }).then(function (channels) {
      $('channels').textContent = Object.keys(channels).map(function (name) {
        var c = channels[name];
        return (CHANNEL_NAMES[name] || name) + '：' + (CHANNEL_STATES[c.state] || c.state) + (c.account ? '（' + c.account + '）' : '') + (c.detail ? ' ' + c.detail : '');
      }).join('\n');
      var wechat = channels.wechat;
      if (wechat && wechat.state === 'waiting-for-login') {
        api('channels/wechat/qr').then(function (r) { return r.ok ? r.blob() : null; }).then(function (blob) {
          if (blob) { $('qr').src = URL.createObjectURL(blob); $('qr').hidden = false; }
        });
      }
    });
  }

  function start() {
    loadNeeds().then(function () {
      $('login').hidden = true;
      $('console').hidden = false;
      loadHandoffs();
      loadRest();
    }).catch(function () {
      sessionStorage.removeItem('policy-bot-admin');
      $('login-error').hidden = !token;
    });
  }

  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    token = $('token').value.trim();
    sessionStorage.setItem('policy-bot-admin', token);
    start();
  });
  $('filters').addEventListener('submit', function (event) { event.preventDefault(); loadNeeds(); });
  $('draft-form').addEventListener('submit', function (event) {
    event.preventDefault();
    postJson('unanswered/draft', { question: $('draft-question').value, answer: $('draft-answer').value, clause: $('draft-clause').value })
      .then(function (outcome) { $('draft-result').textContent = outcome.message || outcome.error; });
  });
  $('export-csv').addEventListener('click', function () { download('csv'); });
  $('export-xlsx').addEventListener('click', function () { download('xlsx'); });
  if (token) start();
})();
