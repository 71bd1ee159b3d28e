// Inserted by 36-library-apis.html at run time: it runs once, then the page gets its load event.
window.greeting = 'hello from an inserted script';
