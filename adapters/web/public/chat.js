// The web chat. Everything the user or the bot wrote is set with textContent, never as HTML.
(function () {
  'use strict';
  var messages = document.getElementById('messages');
  var form = document.getElementById('composer');
  var input = document.getElementById('text');
  var user = localStorage.getItem('policy-bot-user');
  if (!user || !/^[A-Za-z0-9_-]{16,64}$/.test(user)) {
    user = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2) + Date.now()).replace(/[^A-Za-z0-9-]/g, '');
    localStorage.setItem('policy-bot-user', user);
  }
  var socket;
  var queue = [];

  function bubble(who, text) {
    var item = document.createElement('div');
    item.className = 'bubble ' + who;
    item.textContent = text;
    messages.appendChild(item);
    scrollToEnd();
    return item;
  }

  // After the whole reply (citation, buttons) is in place, so the current question's buttons are
  // never left hidden behind the input bar.
  function scrollToEnd() {
    messages.scrollTop = messages.scrollHeight;
  }

  // Channels without buttons read the choices as a numbered list in the text; here they are
  // buttons, so the list is left out rather than shown twice.
  function withoutListedOptions(text, options) {
    if (!options || !options.length) return text;
    return text
      .split('\n')
      .filter(function (line) {
        var listed = /^\s*\d+\.\s*(.+?)\s*$/.exec(line);
        return !(listed && options.indexOf(listed[1]) >= 0);
      })
      .join('\n')
      .replace(/\n+$/, '');
  }

  function showReply(reply) {
    var item = bubble(reply.intent === 'staff' ? 'bot staff' : 'bot', withoutListedOptions(reply.text, reply.options));
    if (reply.citations && reply.citations.length) {
      var cite = document.createElement('div');
      cite.className = 'citation';
      // Every clause the answer rests on (both tiers' standards, an FAQ's several clauses), not only the first.
      cite.textContent =
        '出处：' +
        reply.citations
          .map(function (citation) {
            return '《' + citation.source + '》' + citation.section;
          })
          .join('；');
      item.appendChild(cite);
    }
    if (reply.options && reply.options.length) {
      var row = document.createElement('div');
      row.className = 'options';
      reply.options.forEach(function (option) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = option;
        button.addEventListener('click', function () { send(option); });
        row.appendChild(button);
      });
      item.appendChild(row);
    }
    scrollToEnd();
  }

  function connect() {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    socket.addEventListener('open', function () {
      // Staff replies that arrived while the page was closed are sent back now.
      socket.send(JSON.stringify({ type: 'hello', user: user }));
      while (queue.length) socket.send(queue.shift());
    });
    socket.addEventListener('message', function (event) {
      var reply = JSON.parse(event.data);
      if (reply.type === 'message') showReply(reply);
      else bubble('bot error', reply.text || '出错了，请稍后再试');
    });
    socket.addEventListener('close', function () { setTimeout(connect, 2000); });
  }

  // `quiet`: the page's own greeting, which the user never typed, gets no bubble of theirs.
  function send(text, quiet) {
    if (!text.trim()) return;
    if (!quiet) bubble('user', text);
    var payload = JSON.stringify({ type: 'message', text: text, user: user, channel: 'websocket' });
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(payload);
    else queue.push(payload);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send(input.value);
    input.value = '';
    input.focus();
  });

  connect();
  send('你好', true);
})();
