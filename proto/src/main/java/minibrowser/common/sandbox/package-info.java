/**
 * What a sandboxed child can try, to show what its OS sandbox refuses (about:sandbox):
 * the one code of the project that opens files and sockets in order to be refused.
 */
package minibrowser.common.sandbox;
