/**
 * The terminal front end of the browser process: it owns the terminal's input
 * (keys, resize) through JLine. It draws nothing itself: what is on screen comes
 * from the gpu process, which composites the tab strip, address bar, page and
 * status line the browser describes to it.
 */
package minibrowser.browser.ui;
