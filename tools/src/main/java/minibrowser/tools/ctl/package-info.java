/**
 * {@code ./minibrowser ctl}: a small client of the control API (control.proto).
 * It connects to the socket a browser serves with {@code --remote-control} and
 * prints what it answers, as text or, with {@code --json}, as JSON.
 */
package minibrowser.tools.ctl;
