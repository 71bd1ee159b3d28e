// The parts of a page's window that are easier to read in JavaScript than in Java:
// the Event constructors, fetch() and its Response, and XMLHttpRequest. Each is built on
// one native function the Java side hands in (nothing here reaches Java; there is no Java
// to reach). Run once per document, before the page's own scripts.
(function (window, natives) {
  'use strict';

  // new Event(type, {bubbles, cancelable}), and its kinds with their own fields.
  function eventConstructor(name, fields) {
    var constructor = function (type, init) {
      init = init || {};
      var event = natives.makeEvent(String(type), !!init.bubbles, !!init.cancelable);
      for (var i = 0; i < fields.length; i++) {
        if (fields[i] in init) event[fields[i]] = init[fields[i]];
      }
      return event;
    };
    constructor.prototype = natives.eventPrototype;
    window[name] = constructor;
  }
  eventConstructor('Event', []);
  eventConstructor('CustomEvent', ['detail']);
  eventConstructor('KeyboardEvent', ['key', 'code', 'shiftKey', 'ctrlKey', 'altKey', 'metaKey', 'repeat']);
  eventConstructor('MouseEvent', ['clientX', 'clientY', 'button', 'shiftKey', 'ctrlKey', 'altKey', 'metaKey']);
  eventConstructor('InputEvent', ['data', 'inputType']);
  eventConstructor('FocusEvent', []);
  eventConstructor('MessageEvent', ['data']);

  // fetch(): through the browser's network, the document's own origin only (the browser
  // enforces that; a refused request rejects with a TypeError, as in browsers).
  function Response(answer) {
    this.status = answer.status;
    this.statusText = answer.statusText;
    this.ok = answer.status >= 200 && answer.status < 300;
    this.url = answer.url;
    var contentType = answer.contentType;
    this.headers = { get: function (name) { return String(name).toLowerCase() === 'content-type' ? contentType : null; } };
    var body = answer.body;
    this.text = function () { return Promise.resolve(body); };
    this.json = function () { return Promise.resolve(body).then(function (text) { return JSON.parse(text); }); };
  }
  window.fetch = function (input, init) {
    init = init || {};
    var headers = init.headers || {};
    var contentType = headers['Content-Type'] || headers['content-type'] || '';
    return new Promise(function (resolve, reject) {
      natives.fetch(String(input), String(init.method || 'GET').toUpperCase(), init.body == null ? null : String(init.body),
          String(contentType),
          function (answer) { resolve(new Response(answer)); },
          function (message) { reject(new TypeError('Failed to fetch: ' + message)); });
    });
  };

  // XMLHttpRequest: always asynchronous (a synchronous one would block main on the network).
  function XMLHttpRequest() {
    this.readyState = 0;
    this.status = 0;
    this.statusText = '';
    this.responseText = '';
    this.response = '';
    this.responseType = '';
    this.responseURL = '';
    this.onload = this.onerror = this.onreadystatechange = this.onloadend = null;
    this._headers = {};
    this._listeners = {};
  }
  XMLHttpRequest.UNSENT = 0;
  XMLHttpRequest.OPENED = 1;
  XMLHttpRequest.HEADERS_RECEIVED = 2;
  XMLHttpRequest.LOADING = 3;
  XMLHttpRequest.DONE = 4;
  XMLHttpRequest.prototype.open = function (method, url) {
    this._method = String(method).toUpperCase();
    this._url = String(url);
    this.readyState = 1;
    this._fire('readystatechange');
  };
  XMLHttpRequest.prototype.setRequestHeader = function (name, value) {
    this._headers[String(name).toLowerCase()] = String(value);
  };
  XMLHttpRequest.prototype.getResponseHeader = function (name) {
    return String(name).toLowerCase() === 'content-type' ? this._contentType || null : null;
  };
  XMLHttpRequest.prototype.getAllResponseHeaders = function () {
    return this._contentType ? 'content-type: ' + this._contentType + '\r\n' : '';
  };
  XMLHttpRequest.prototype.addEventListener = function (type, listener) {
    (this._listeners[type] = this._listeners[type] || []).push(listener);
  };
  XMLHttpRequest.prototype.removeEventListener = function (type, listener) {
    var list = this._listeners[type] || [];
    var at = list.indexOf(listener);
    if (at >= 0) list.splice(at, 1);
  };
  XMLHttpRequest.prototype.abort = function () { this._aborted = true; };
  XMLHttpRequest.prototype._fire = function (type) {
    var self = this;
    var event = { type: type, target: self, currentTarget: self };
    if (typeof self['on' + type] === 'function') self['on' + type].call(self, event);
    (self._listeners[type] || []).slice().forEach(function (listener) { listener.call(self, event); });
  };
  XMLHttpRequest.prototype.send = function (body) {
    var self = this;
    natives.fetch(self._url, self._method || 'GET', body == null ? null : String(body), self._headers['content-type'] || '',
        function (answer) {
          if (self._aborted) return;
          self.status = answer.status;
          self.statusText = answer.statusText;
          self.responseURL = answer.url;
          self._contentType = answer.contentType;
          self.responseText = answer.body;
          if (self.responseType === 'json') {
            try { self.response = JSON.parse(answer.body); } catch (e) { self.response = null; }
          } else {
            self.response = answer.body;
          }
          self.readyState = 4;
          self._fire('readystatechange');
          self._fire('load');
          self._fire('loadend');
        },
        function () {
          if (self._aborted) return;
          self.readyState = 4;
          self._fire('readystatechange');
          self._fire('error');
          self._fire('loadend');
        });
  };
  window.XMLHttpRequest = XMLHttpRequest;

  // localStorage and sessionStorage: the items are the object's own properties (so
  // storage.key and storage.getItem('key') agree, as in browsers), kept for the document's
  // life only: nothing is written to the profile, so a reload starts empty.
  function Storage() {}
  Storage.prototype.getItem = function (key) {
    key = String(key);
    return Object.prototype.hasOwnProperty.call(this, key) ? this[key] : null;
  };
  Storage.prototype.setItem = function (key, value) { this[String(key)] = String(value); };
  Storage.prototype.removeItem = function (key) { delete this[String(key)]; };
  Storage.prototype.clear = function () {
    var self = this;
    Object.keys(this).forEach(function (key) { delete self[key]; });
  };
  Storage.prototype.key = function (index) {
    var keys = Object.keys(this);
    return index >= 0 && index < keys.length ? keys[index] : null;
  };
  Object.defineProperty(Storage.prototype, 'length', { get: function () { return Object.keys(this).length; } });
  window.Storage = Storage;
  window.localStorage = new Storage();
  window.sessionStorage = new Storage();
})
