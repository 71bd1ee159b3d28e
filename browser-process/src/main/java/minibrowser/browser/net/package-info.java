/**
 * The network, which only the browser process touches: http, https, file, data
 * and the browser's own about: pages. Renderers receive bytes from here.
 */
package minibrowser.browser.net;
