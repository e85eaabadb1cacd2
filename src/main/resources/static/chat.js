(function () {
  'use strict';
  var EXIT_TO = 'https://www.bbc.co.uk/weather';
  var log = document.getElementById('log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var status = document.getElementById('status');
  var sessionId = sessionStorage.getItem('sosafe.session');

  function quickExit() {
    var id = sessionId;
    sessionStorage.clear();
    document.body.innerHTML = '';
    if (id) {
      try { fetch('/api/v1/chat/sessions/' + id, { method: 'DELETE', keepalive: true }).catch(function () {}); } catch (e) { /* leaving anyway */ }
    }
    window.location.replace(EXIT_TO);
  }
  document.getElementById('exit').addEventListener('click', quickExit);
  var shifts = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') { return; }
    var now = Date.now();
    shifts = shifts.filter(function (t) { return now - t < 5000; });
    shifts.push(now);
    if (shifts.length >= 3) { quickExit(); }
  });

  function inline(text, parent) {
    var parts = text.split(/(\*\*[^*]+\*\*)/);
    parts.forEach(function (part) {
      if (/^\*\*[^*]+\*\*$/.test(part)) {
        var strong = document.createElement('strong');
        strong.textContent = part.slice(2, -2);
        parent.appendChild(strong);
      } else {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function render(text, item) {
    var list = null;
    text.split('\n').forEach(function (line) {
      if (/^\s*- /.test(line)) {
        if (!list) { list = document.createElement('ul'); item.appendChild(list); }
        var li = document.createElement('li');
        inline(line.replace(/^\s*- /, ''), li);
        list.appendChild(li);
      } else {
        list = null;
        var span = document.createElement('span');
        inline(line, span);
        item.appendChild(span);
        item.appendChild(document.createTextNode('\n'));
      }
    });
  }

  function add(who, text, options) {
    var item = document.createElement('li');
    item.className = who;
    var label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = who === 'resident' ? 'You said: ' : 'Assistant: ';
    item.appendChild(label);
    render(text, item);
    if (options && options.length) {
      var group = document.createElement('div');
      group.className = 'options';
      options.forEach(function (option) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = option.label;
        button.addEventListener('click', function () { send(option.text ? { text: option.text } : { option: option.value }, option.label); });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
  }

  function disableOldOptions() {
    Array.prototype.forEach.call(log.querySelectorAll('.options button'), function (b) { b.disabled = true; });
  }

  function openSession() {
    return fetch('/api/v1/chat/sessions', { method: 'POST' }).then(function (r) {
      if (!r.ok) { throw new Error('Could not start a chat.'); }
      return r.json();
    }).then(function (body) {
      sessionId = body.sessionId;
      sessionStorage.setItem('sosafe.session', sessionId);
    });
  }

  function post(body) {
    return fetch('/api/v1/chat/sessions/' + sessionId + '/messages', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
  }

  function send(body, shown) {
    status.textContent = '';
    add('resident', shown);
    disableOldOptions();
    var ready = sessionId ? Promise.resolve() : openSession();
    ready.then(function () { return post(body); }).then(function (r) {
      if (r.status === 404) { sessionId = null; return openSession().then(function () { return post(body); }); }
      return r;
    }).then(function (r) {
      return r.json().then(function (json) { return { ok: r.ok, json: json }; });
    }).then(function (result) {
      if (!result.ok) { status.textContent = result.json.message || 'Something went wrong.'; return; }
      result.json.replies.forEach(function (reply) { add('assistant', reply.text, reply.options); });
      if (result.json.caseRef) { listenForTeam(); }
      if (result.json.handledAs === 'command' && body.text && body.text.trim().toLowerCase() === 'exit') { quickExit(); }
    }).catch(function () {
      status.textContent = 'Sorry, the message did not send. Check your connection and try again. In an emergency call 999.';
    });
  }

  // Once a case is open, the team may reply at any time: ask the server every 15 seconds.
  var listening = null;
  function listenForTeam() {
    if (listening) { return; }
    sessionStorage.setItem('sosafe.listen', '1');
    listening = setInterval(function () {
      if (!sessionId) { return; }
      fetch('/api/v1/chat/sessions/' + sessionId + '/messages').then(function (r) {
        return r.ok ? r.json() : { replies: [] };
      }).then(function (body) {
        body.replies.forEach(function (reply) { add('assistant', reply.text, reply.options); });
      }).catch(function () { /* try again next time */ });
    }, 15000);
  }

  if (sessionStorage.getItem('sosafe.listen')) { listenForTeam(); }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { status.textContent = 'Type a message first.'; input.focus(); return; }
    input.value = '';
    send({ text: text }, text);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });

  add('assistant', 'Hello. Ask me about scams, county lines, cuckooing, domestic abuse, anti-social behaviour, hate crime, drugs or how to report. If you are in danger now, call 999.', [
    { label: 'Show topics', text: 'menu' }
  ]);
})();
