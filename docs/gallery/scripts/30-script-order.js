order.push('external script, in document order');
