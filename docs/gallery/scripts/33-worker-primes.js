// The worker of 33-worker-primes.html: counts primes below the number it is sent, off the main thread.
onmessage = function (event) {
  var limit = event.data.below, count = 0;
  for (var n = 2; n < limit; n++) {
    var prime = true;
    for (var d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
    if (prime) count++;
  }
  postMessage({ below: limit, primes: count });
};
