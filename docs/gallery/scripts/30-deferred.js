order.push('defer script, after parsing, before DOMContentLoaded');
