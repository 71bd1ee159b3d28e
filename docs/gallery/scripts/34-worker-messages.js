// The worker of 34-worker-messages.html: answers each message with a changed copy, and shows it has no DOM.
self.onmessage = function (event) {
  var data = event.data;
  data.seenBy = 'worker';
  data.list.push(data.list.length + 1);
  postMessage({ echo: data, hasDocument: typeof document !== 'undefined' });
};
