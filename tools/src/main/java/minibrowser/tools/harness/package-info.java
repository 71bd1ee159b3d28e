/**
 * The one harness that starts a real browser and drives it from outside, through its
 * control socket, as another program would: {@link minibrowser.tools.harness.RunningBrowser}.
 * The tools use it, and so do the integration tests of every module.
 */
package minibrowser.tools.harness;
