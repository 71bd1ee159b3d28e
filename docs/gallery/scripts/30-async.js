order.push('async script');
